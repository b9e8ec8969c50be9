#include "ui/CreditLinePage.h"

#include "app/Clock.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/RiskLabels.h"
#include "app/Workspace.h"
#include "core/PaymentTerms.h"
#include "ui/FieldFeedback.h"

#include <QBrush>
#include <QDateEdit>
#include <QFont>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

using core::Money;

namespace {

// A long history scrolls inside its table rather than pushing the forms away.
constexpr int kMaxHistoryRows = 8;

const QColor kGreen(0x1e, 0x84, 0x49);
const QColor kOrange(0xd6, 0x89, 0x10);
const QColor kRed(0xc0, 0x39, 0x2b);
const QColor kGrey(0x95, 0xa5, 0xa6);

// Altman zones and Conan & Holder bands on one traffic light: "good" is already a
// 10 to 30 % default band, hence orange; "alert" is 30 to 65 %, hence red.
QColor zoneColor(const std::string& zone)
{
    if (zone == "safe" || zone == "very_good")
        return kGreen;
    if (zone == "grey" || zone == "good")
        return kOrange;
    return kRed;
}

QColor classColor(char riskClass)
{
    switch (riskClass) {
    case 'A': return kGreen;
    case 'B': return QColor(0x52, 0xbe, 0x80);
    case 'C': return kOrange;
    case 'D': return QColor(0xe6, 0x7e, 0x22);
    default: return kRed;
    }
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QFont styledFont(bool bold, bool italic = false)
{
    QFont font;
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

QString scoreNumber(const risk::ScoreResult& s)
{
    return s.ok() ? number(*s.value, s.name == "conan_holder" ? 3 : 2) : QStringLiteral("—");
}

QString scoreAppraisal(const risk::ScoreResult& s)
{
    if (!s.ok())
        return app::RiskLabels::unavailable(s.error);
    const QString zone = app::RiskLabels::zone(s.zone);
    return s.rating.empty() ? zone
                            : CreditLinePage::tr("%1 — équivalent %2").arg(zone, QString::fromStdString(s.rating));
}

QString factorValue(const risk::ScoreContribution& c, bool event)
{
    if (event) {
        if (c.key == "liens" && c.value)
            return CreditLinePage::tr("%n inscrit(s)", nullptr, static_cast<int>(*c.value));
        return CreditLinePage::tr("en cours");
    }
    if (!c.value)
        return app::RiskLabels::unavailable(c.reason.empty() ? "missing" : c.reason);
    if (c.key == "conan_holder")
        return number(*c.value, 3);
    const risk::RatioUnit unit = c.key == "days_late" ? risk::RatioUnit::Days : risk::ratioUnit(c.key);
    if (unit == risk::RatioUnit::Amount)
        return number(*c.value, 0);
    return app::RiskLabels::ratioValue(risk::RatioValue{unit, std::nullopt, c.value, {}});
}

QTableView* makeFittedTable(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFocusPolicy(Qt::NoFocus);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

// Tables of a few rows take the height of their rows, so that the page scrolls as one.
void fitHeight(QTableView* view, int maxRows)
{
    const int rows = std::clamp(view->model()->rowCount(), 1, maxRows);
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height()
                         + rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth());
}

QTableView* fittedTable(QAbstractItemModel* model, const char* name, QWidget* parent, int maxRows = 100)
{
    QTableView* view = makeFittedTable(model, name, parent);
    fitHeight(view, maxRows);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, maxRows] { fitHeight(view, maxRows); });
    return view;
}

QLabel* hintLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color:#5d6d7e"));
    return label;
}

// A field and its label at (row, column) of a grid of label/field pairs; the label.
QLabel* addField(QGridLayout* grid, int row, int column, const QString& text, QWidget* field, int fieldColumns = 1)
{
    auto* label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    grid->addWidget(label, row, column);
    grid->addWidget(field, row, column + 1, 1, fieldColumns);
    return label;
}

QLabel* problemLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color:#c0392b"));
    label->hide();
    return label;
}

} // namespace

CreditLinePage::CreditLinePage(app::Workspace& workspace, QWidget* parent)
    : CreditPageBase(workspace, parent),
      m_scores(new RecordTableModel<risk::ScoreResult>(
          {{tr("Score"), [](const risk::ScoreResult& s) { return app::RiskLabels::scoreName(s.name); }},
           {tr("Valeur"), [](const risk::ScoreResult& s) { return scoreNumber(s); }},
           {tr("Appréciation"), [](const risk::ScoreResult& s) { return scoreAppraisal(s); }}},
          this)),
      m_factors(new RecordTableModel<FactorLine>(
          {{tr("Facteur"), [](const FactorLine& l) { return app::RiskLabels::factorName(l.contribution.key); }},
           {tr("Valeur"), [](const FactorLine& l) { return factorValue(l.contribution, l.event); }},
           {tr("Points"),
            [](const FactorLine& l) {
                return l.event ? number(l.contribution.points, 1)
                               : tr("%1 / %2").arg(number(l.contribution.points, 1), number(l.contribution.maxPoints, 0));
            }},
           {tr("Perdus"),
            [](const FactorLine& l) { return number(l.event ? -l.contribution.points : l.contribution.lost(), 1); }}},
          this)),
      m_rules(new RecordTableModel<risk::LimitRule>(
          {{tr("Règle"), [](const risk::LimitRule& r) { return app::RiskLabels::limitRuleName(r.key); }},
           {tr("Montant permis"),
            [](const risk::LimitRule& r) {
                return r.amount ? app::Labels::money(*r.amount) : app::RiskLabels::unavailable(r.reason);
            }}},
          this)),
      m_history(new RecordTableModel<store::CreditLimitDecision>(
          {{tr("Décidée le"), [](const store::CreditLimitDecision& d) { return app::Labels::date(d.decidedOn); }},
           {tr("Limite"), [](const store::CreditLimitDecision& d) { return app::Labels::money(d.amount); }},
           {tr("Recommandée"),
            [](const store::CreditLimitDecision& d) {
                return d.recommended ? app::Labels::money(*d.recommended) : QString();
            }},
           {tr("Classe"), [](const store::CreditLimitDecision& d) { return QString::fromStdString(d.riskClass); }},
           {tr("Décideur"), [](const store::CreditLimitDecision& d) { return d.approver; }},
           {tr("Motif"), [](const store::CreditLimitDecision& d) { return d.reason; }},
           {tr("Revue le"), [](const store::CreditLimitDecision& d) { return app::Labels::date(d.reviewDate); }}},
          this))
{
    m_scores->setRoleProvider([](const risk::ScoreResult& s, int column, int role) -> QVariant {
        if (role == Qt::ToolTipRole)
            return column == 2 && !s.defaultProbability.empty()
                ? tr("Probabilité de défaut indicative à 3 ans : %1 (ordre de grandeur publié, non vérifié)")
                      .arg(QString::fromStdString(s.defaultProbability))
                : app::RiskLabels::scoreDefinition(s.name);
        if (column == 1 && role == Qt::TextAlignmentRole)
            return rightAligned();
        if (column != 2)
            return {};
        if (role == Qt::BackgroundRole && s.ok())
            return QBrush(zoneColor(s.zone));
        if (role == Qt::ForegroundRole)
            return QBrush(s.ok() ? QColor(Qt::white) : kGrey);
        if (role == Qt::FontRole)
            return styledFont(s.ok(), !s.ok());
        return {};
    });
    m_factors->setRoleProvider([](const FactorLine& l, int column, int role) -> QVariant {
        if (role == Qt::ToolTipRole && column == 0)
            return app::RiskLabels::ratioDefinition(l.contribution.key);
        if (role == Qt::TextAlignmentRole && column > 0)
            return rightAligned();
        if (role == Qt::BackgroundRole && l.event)
            return QBrush(QColor(0xfd, 0xec, 0xea));
        const bool lost = l.event || l.contribution.lost() > 0.05;
        if (role == Qt::ForegroundRole && column == 3 && lost)
            return QBrush(kRed);
        return {};
    });
    m_rules->setRoleProvider([this](const risk::LimitRule& r, int column, int role) -> QVariant {
        const bool binding = r.key == m_bindingRule;
        if (role == Qt::FontRole)
            return styledFont(binding, !r.amount);
        if (role == Qt::BackgroundRole && binding)
            return QBrush(QColor(0xea, 0xf2, 0xf8));
        if (role == Qt::ForegroundRole && !r.amount)
            return QBrush(kGrey);
        if (role == Qt::TextAlignmentRole && column == 1)
            return rightAligned();
        return {};
    });
    m_history->setRoleProvider([](const store::CreditLimitDecision& d, int column, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole && (column == 1 || column == 2))
            return rightAligned();
        if (role == Qt::ToolTipRole && column == 4)
            return tr("%1\nsaisie par %2 le %3")
                .arg(d.approver, d.decidedBy, QLocale().toString(d.decidedAt.toLocalTime(), QLocale::ShortFormat));
        if (role == Qt::ToolTipRole && column == 5)
            return d.reason;
        return {};
    });

    // What the engine says on the left, what the credit manager decides on the right.
    auto* left = new QVBoxLayout;
    left->addWidget(makeScoresBox());
    left->addWidget(makeInternalBox());
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(makeRecommendationBox());
    right->addWidget(makeProfileBox());
    right->addWidget(makeDecisionBox());
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(columns);
    contentLayout->addWidget(makeHistoryBox());
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    body()->addWidget(scroll);
    resetDecision();
}

QGroupBox* CreditLinePage::makeScoresBox()
{
    m_scoresBox = new QGroupBox(tr("Scores du bilan"), this);
    m_noStatements = hintLabel(m_scoresBox);
    m_noStatements->setText(tr("Aucune liasse fiscale : saisissez ou importez les comptes à l'étape 1. Le score interne "
                               "ne repose alors que sur les événements connus."));
    QTableView* view = fittedTable(m_scores, "scoresView", m_scoresBox);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(m_scoresBox);
    layout->addWidget(m_noStatements);
    layout->addWidget(view);
    return m_scoresBox;
}

QGroupBox* CreditLinePage::makeInternalBox()
{
    auto* box = new QGroupBox(tr("Score interne"), this);
    m_classBadge = new QLabel(box);
    m_classBadge->setObjectName(QStringLiteral("classBadge"));
    m_classBadge->setFixedSize(72, 72);
    m_classBadge->setAlignment(Qt::AlignCenter);
    m_scoreValue = new QLabel(box);
    m_scoreValue->setObjectName(QStringLiteral("internalScoreLabel"));
    QFont big = m_scoreValue->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_scoreValue->setFont(big);
    m_classText = new QLabel(box);
    m_classText->setObjectName(QStringLiteral("classLabel"));
    m_classText->setWordWrap(true);
    m_policy = hintLabel(box);

    auto* summary = new QVBoxLayout;
    summary->addWidget(m_scoreValue);
    summary->addWidget(m_classText);
    summary->addWidget(m_policy);
    auto* top = new QHBoxLayout;
    top->addWidget(m_classBadge, 0, Qt::AlignTop);
    top->addLayout(summary, 1);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(fittedTable(m_factors, "factorsView", box));
    return box;
}

QGroupBox* CreditLinePage::makeProfileBox()
{
    auto* box = new QGroupBox(tr("Profil de crédit"), this);
    m_terms = new QLineEdit(box);
    m_terms->setObjectName(QStringLiteral("termsEdit"));
    m_terms->setPlaceholderText(tr("45 jours fin de mois, 30 jours nets, comptant…"));
    m_termsPreview = new QLabel(box);
    m_termsPreview->setObjectName(QStringLiteral("termsPreviewLabel"));
    m_termsPreview->setWordWrap(true);
    m_termsPreview->setTextFormat(Qt::RichText);
    m_purchases = new QLineEdit(box);
    m_purchases->setObjectName(QStringLiteral("purchasesEdit"));
    m_purchases->setPlaceholderText(tr("montant en euros"));
    m_delay = new QSpinBox(box);
    m_delay->setObjectName(QStringLiteral("delayEdit"));
    m_delay->setRange(0, 365);
    m_delay->setSuffix(tr(" j"));
    m_delay->setMaximumWidth(90);
    m_insurer = new QLineEdit(box);
    m_insurer->setObjectName(QStringLiteral("insurerEdit"));
    m_insurer->setPlaceholderText(tr("vide : client non assuré"));
    m_liens = new QSpinBox(box);
    m_liens->setObjectName(QStringLiteral("liensEdit"));
    m_liens->setRange(0, 99);
    m_liens->setMaximumWidth(90);
    m_profileProblems = problemLabel("profileProblemsLabel", box);
    auto* save = new QPushButton(tr("Enregistrer le profil"), box);
    save->setObjectName(QStringLiteral("saveProfileButton"));

    auto* grid = new QGridLayout(box);
    addField(grid, 0, 0, tr("Conditions de paiement :"), m_terms, 3);
    grid->addWidget(m_termsPreview, 1, 1, 1, 3);
    addField(grid, 2, 0, tr("Achats annuels prévus :"), m_purchases);
    addField(grid, 2, 2, tr("Retard habituel :"), m_delay);
    addField(grid, 3, 0, tr("Garantie de l'assureur :"), m_insurer);
    addField(grid, 3, 2, tr("Privilèges inscrits :"), m_liens)
        ->setToolTip(tr("Privilèges de l'URSSAF ou du Trésor public inscrits au greffe contre le client"));
    grid->addWidget(m_profileProblems, 4, 0, 1, 3);
    grid->addWidget(save, 4, 3, Qt::AlignRight | Qt::AlignTop);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 1);
    connect(m_terms, &QLineEdit::textChanged, this, &CreditLinePage::previewTerms);
    connect(save, &QPushButton::clicked, this, &CreditLinePage::saveProfile);
    return box;
}

QGroupBox* CreditLinePage::makeRecommendationBox()
{
    auto* box = new QGroupBox(tr("Recommandation"), this);
    m_recommended = new QLabel(box);
    m_recommended->setObjectName(QStringLiteral("recommendedLimitLabel"));
    QFont big = m_recommended->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_recommended->setFont(big);
    m_binding = hintLabel(box);
    m_deposit = new QLabel(box);
    m_deposit->setObjectName(QStringLiteral("depositLabel"));
    m_deposit->setWordWrap(true);
    m_current = new QLabel(box);
    m_current->setObjectName(QStringLiteral("currentLimitLabel"));
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_recommended);
    layout->addWidget(m_binding);
    layout->addWidget(fittedTable(m_rules, "limitRulesView", box));
    layout->addWidget(m_deposit);
    layout->addWidget(m_current);
    return box;
}

QGroupBox* CreditLinePage::makeDecisionBox()
{
    auto* box = new QGroupBox(tr("Décision"), this);
    m_amount = new QLineEdit(box);
    m_amount->setObjectName(QStringLiteral("limitAmountEdit"));
    m_approver = new QLineEdit(box);
    m_approver->setObjectName(QStringLiteral("approverEdit"));
    m_approver->setPlaceholderText(tr("nom et fonction de qui décide"));
    m_reason = new QLineEdit(box);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("pourquoi ce montant"));
    m_review = makeDateEdit(box);
    m_review->setObjectName(QStringLiteral("reviewDateEdit"));
    m_limitProblem = problemLabel("limitProblemLabel", box);
    auto* grant = new QPushButton(tr("Accorder la limite"), box);
    grant->setObjectName(QStringLiteral("grantLimitButton"));

    auto* grid = new QGridLayout(box);
    addField(grid, 0, 0, tr("Limite accordée :"), m_amount);
    addField(grid, 0, 2, tr("À revoir le :"), m_review);
    addField(grid, 1, 0, tr("Décideur :"), m_approver, 3);
    addField(grid, 2, 0, tr("Motif :"), m_reason, 3);
    grid->addWidget(m_limitProblem, 3, 0, 1, 3);
    grid->addWidget(grant, 3, 3, Qt::AlignRight | Qt::AlignTop);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 1);
    connect(grant, &QPushButton::clicked, this, &CreditLinePage::grantLimit);
    return box;
}

QGroupBox* CreditLinePage::makeHistoryBox()
{
    auto* box = new QGroupBox(tr("Historique des limites"), this);
    QTableView* view = fittedTable(m_history, "limitHistoryView", box, kMaxHistoryRows);
    // The approver and the reason may be long: they are elided, and whole in their tooltips.
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(4, QHeaderView::Interactive);
    header->resizeSection(4, 220);
    header->setSectionResizeMode(5, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(view);
    return box;
}

void CreditLinePage::clientChanging()
{
    resetDecision();
    m_profileProblems->hide();
}

void CreditLinePage::showAnalysis(const app::CreditAnalysis& analysis)
{
    showScores(analysis);
    showInternalScore(analysis);
    loadProfile(analysis.profile);
    showRecommendation(analysis);
    m_history->setRecords(analysis.history);
    m_amount->setText(app::Labels::money(analysis.recommendation.limit));
}

void CreditLinePage::showScores(const app::CreditAnalysis& analysis)
{
    m_scoresBox->setTitle(analysis.analysedYear ? tr("Scores du bilan — exercice %1").arg(*analysis.analysedYear)
                                                : tr("Scores du bilan"));
    m_noStatements->setVisible(!analysis.analysedYear);
    m_scores->setRecords(analysis.scores);
}

void CreditLinePage::showInternalScore(const app::CreditAnalysis& analysis)
{
    const risk::InternalScore& internal = analysis.internal;
    m_classBadge->setText(QString(QLatin1Char(internal.riskClass)));
    m_classBadge->setStyleSheet(QStringLiteral("QLabel { background:%1; color:white; border-radius:8px; "
                                               "font-size:34pt; font-weight:bold; }")
                                    .arg(classColor(internal.riskClass).name()));
    m_scoreValue->setText(tr("%1 / 100").arg(number(internal.score, 1)));
    QString text = app::RiskLabels::classDescription(internal.riskClass);
    if (!internal.classReason.empty())
        text += QLatin1Char('\n')
            + tr("Classe imposée par la procédure en cours : %1")
                  .arg(app::Labels::proceedings(analysis.client.company.proceedings));
    m_classText->setText(text);
    m_policy->setText(tr("Politique de risque « %1 », version %2")
                          .arg(QString::fromStdString(analysis.policy.name))
                          .arg(analysis.policy.version));
    m_policy->setToolTip(analysis.policyPath);
    std::vector<FactorLine> lines;
    for (const risk::ScoreContribution& c : internal.contributions)
        lines.push_back({c, false});
    for (const risk::ScoreContribution& c : internal.adjustments)
        lines.push_back({c, true});
    m_factors->setRecords(std::move(lines));
}

void CreditLinePage::showRecommendation(const app::CreditAnalysis& analysis)
{
    const risk::LimitRecommendation& r = analysis.recommendation;
    m_recommended->setText(tr("Limite recommandée : %1").arg(app::Labels::money(r.limit)));
    m_binding->setText(tr("Règle déterminante : %1").arg(app::RiskLabels::limitRuleName(r.bindingRule)));
    m_bindingRule = r.bindingRule;
    m_rules->setRecords(r.rules);
    if (r.deposit.prepayment)
        m_deposit->setText(tr("Paiement exigé avant livraison : aucun encours autorisé."));
    else if (r.deposit.share.basisPoints() > 0)
        m_deposit->setText(tr("Acompte de %1 % demandé à chaque commande.")
                               .arg(number(static_cast<double>(r.deposit.share.basisPoints()) / 100.0, 0)));
    else
        m_deposit->setText(tr("Aucun acompte demandé."));
    const auto& current = analysis.currentLimit;
    if (!current) {
        m_current->setText(tr("Aucune limite en vigueur : pas d'encours autorisé à ce jour."));
        return;
    }
    QString text = tr("Limite en vigueur : <b>%1</b>, accordée le %2 par %3 ; à revoir le %4.")
                       .arg(app::Labels::money(current->amount), app::Labels::date(current->decidedOn),
                            current->approver.toHtmlEscaped(), app::Labels::date(current->reviewDate));
    if (current->reviewDate <= workspace().clock().today())
        text += QStringLiteral(" <b style='color:#c0392b'>%1</b>").arg(tr("Revue dépassée."));
    m_current->setText(text);
}

void CreditLinePage::loadProfile(const store::CreditProfile& profile)
{
    for (QWidget* field : {static_cast<QWidget*>(m_terms), static_cast<QWidget*>(m_purchases),
                           static_cast<QWidget*>(m_insurer)})
        markValid(field);
    const auto terms = core::PaymentTerms::fromCode(profile.paymentTerms);
    m_terms->setText(terms ? QString::fromStdString(terms->label()) : QString::fromStdString(profile.paymentTerms));
    m_purchases->setText(profile.expectedAnnualPurchases ? app::Labels::money(*profile.expectedAnnualPurchases)
                                                         : QString());
    m_delay->setValue(profile.usualDelayDays);
    m_insurer->setText(profile.insurerCover ? app::Labels::money(*profile.insurerCover) : QString());
    m_liens->setValue(profile.liens);
    m_profileProblems->hide();
    previewTerms();
}

void CreditLinePage::previewTerms()
{
    const auto terms = core::PaymentTerms::parse(m_terms->text().toStdString());
    if (!terms) {
        m_termsPreview->setText(QStringLiteral("<span style='color:#c0392b'>%1</span>")
                                    .arg(app::ErrorText::message(terms.error()).toHtmlEscaped()));
        return;
    }
    const core::Date today = workspace().clock().today();
    const core::Date due = terms->dueDate(today);
    QString text = tr("%1 : une facture du %2 est due le %3, %n jour(s) plus tard.", nullptr, today.daysUntil(due))
                       .arg(QString::fromStdString(terms->label()), app::Labels::date(today), app::Labels::date(due))
                       .toHtmlEscaped();
    if (!terms->isCompliant(today, core::EomMethod::EomThen45))
        text += QStringLiteral(" <b style='color:#c0392b'>%1</b>")
                    .arg(tr("Au-delà du délai légal (Code de commerce, L441-10).").toHtmlEscaped());
    m_termsPreview->setText(QStringLiteral("<span style='color:#5d6d7e'>%1</span>").arg(text));
}

bool CreditLinePage::saveProfile()
{
    if (!clientId())
        return false;
    FormErrors errors;
    store::CreditProfile profile;
    if (const auto terms = core::PaymentTerms::parse(m_terms->text().toStdString()))
        profile.paymentTerms = terms->code();
    else
        errors.add(m_terms, tr("Conditions de paiement"), terms.error());
    const auto amount = [&](QLineEdit* edit, const QString& label) -> std::optional<Money> {
        markValid(edit);
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        auto parsed = Money::parse(text.toStdString());
        if (!parsed)
            errors.add(edit, label, parsed.error());
        else if (parsed->isNegative())
            errors.add(edit, label, tr("un montant négatif n'a pas de sens ici"));
        return parsed ? std::optional<Money>(*parsed) : std::nullopt;
    };
    profile.expectedAnnualPurchases = amount(m_purchases, tr("Achats annuels prévus"));
    profile.insurerCover = amount(m_insurer, tr("Garantie de l'assureur-crédit"));
    profile.usualDelayDays = m_delay->value();
    profile.liens = m_liens->value();
    QStringList problems = errors.messages();
    if (problems.isEmpty()) {
        if (auto saved = app::CreditService(workspace()).saveProfile(*clientId(), profile); !saved)
            problems << app::ErrorText::describe(saved.error());
    }
    m_profileProblems->setText(problems.join(QLatin1Char('\n')));
    m_profileProblems->setVisible(!problems.isEmpty());
    if (errors.firstField())
        errors.firstField()->setFocus();
    if (!problems.isEmpty())
        return false;
    emit statusMessage(tr("Profil de crédit enregistré : la recommandation est recalculée."));
    return true;
}

void CreditLinePage::resetDecision()
{
    const core::Date today = workspace().clock().today();
    for (QWidget* field : {static_cast<QWidget*>(m_amount), static_cast<QWidget*>(m_approver),
                           static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_review)})
        markValid(field);
    m_reason->clear();
    // A review date must be after today: the field offers no other.
    m_review->setMinimumDate(app::toQDate(today.addDays(1)));
    m_review->setDate(app::toQDate(today.addMonths(12)));
    m_limitProblem->hide();
}

bool CreditLinePage::grantLimit()
{
    if (!clientId())
        return false;
    for (QWidget* field : {static_cast<QWidget*>(m_amount), static_cast<QWidget*>(m_approver),
                           static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_review)})
        markValid(field);
    const auto amount = Money::parse(m_amount->text().toStdString());
    if (!amount) {
        showLimitProblem(m_amount, app::ErrorText::message(amount.error()));
        return false;
    }
    const app::LimitDecisionInput decision{*amount, m_approver->text(), m_reason->text(), app::fromQDate(m_review->date())};
    if (const auto granted = app::CreditService(workspace()).setLimit(*clientId(), decision); !granted) {
        const std::string& field = granted.error().where.field;
        QWidget* at = field == "reason" ? static_cast<QWidget*>(m_reason)
            : field == "approver"       ? static_cast<QWidget*>(m_approver)
            : field == "review_date"    ? static_cast<QWidget*>(m_review)
            : field == "amount"         ? static_cast<QWidget*>(m_amount)
                                        : nullptr;
        showLimitProblem(at, app::ErrorText::message(granted.error()));
        return false;
    }
    resetDecision();
    emit statusMessage(tr("Limite de %1 accordée").arg(app::Labels::money(*amount)));
    return true;
}

void CreditLinePage::showLimitProblem(QWidget* field, const QString& message)
{
    if (field) {
        markInvalid(field, message);
        field->setFocus();
    }
    m_limitProblem->setText(message);
    m_limitProblem->show();
}

} // namespace pc::ui
