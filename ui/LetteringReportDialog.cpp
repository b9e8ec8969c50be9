#include "ui/LetteringReportDialog.h"

#include "app/Labels.h"
#include "app/LetteringLabels.h"
#include "ui/SalesWidgets.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pc::ui {

using core::Money;

namespace {

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

LetteringReportDialog::LetteringReportDialog(const app::LetteringReport& report, QWidget* parent)
    : QDialog(parent),
      m_rules(new RecordTableModel<RuleRow>(
          {{tr("Règle"), [](const RuleRow& r) { return app::LetteringLabels::rule(r.rule); }},
           {tr("Groupes lettrés"), [](const RuleRow& r) { return QString::number(r.groups); }},
           {tr("Montant imputé"), [](const RuleRow& r) { return app::Labels::money(r.amount); }}},
          this)),
      m_review(new RecordTableModel<app::ItemForReview>(
          {{tr("Client"), [](const app::ItemForReview& i) { return i.clientName; }},
           {tr("SIREN"), [](const app::ItemForReview& i) { return i.siren; }},
           {tr("Pièce"), [](const app::ItemForReview& i) { return QString::fromStdString(i.piece); }},
           {tr("Reste ouvert"), [](const app::ItemForReview& i) { return app::Labels::money(i.open); }},
           {tr("Motif"), [](const app::ItemForReview& i) { return app::LetteringLabels::leftReason(i.reason); }}},
          this))
{
    setObjectName(QStringLiteral("letteringReportDialog"));
    setWindowTitle(tr("Lettrage automatique au %1").arg(app::Labels::date(report.asOf)));

    std::vector<RuleRow> rules;
    for (const auto& [rule, groups] : report.groupsByRule) {
        const auto amount = report.amountByRule.find(rule);
        rules.push_back({rule, groups, amount == report.amountByRule.end() ? Money() : amount->second});
    }
    m_rules->setRecords(std::move(rules));
    m_rules->setRoleProvider([](const RuleRow&, int column, int role) -> QVariant {
        return role == Qt::TextAlignmentRole && column > 0 ? rightAligned() : QVariant();
    });
    m_review->setRecords(report.forReview);
    m_review->setRoleProvider([](const app::ItemForReview& i, int column, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole && column == 3)
            return rightAligned();
        if (role == Qt::ToolTipRole && column == 0)
            return tr("Double-cliquez pour ouvrir le compte de %1").arg(i.clientName);
        return {};
    });

    QStringList lines;
    lines << tr("%n client(s) examiné(s).", nullptr, report.clients);
    lines << tr("%n groupe(s) lettré(s), dont %1 soldé(s) sous un code de lettre.", nullptr, report.groupsLettered)
                 .arg(report.groupsBalanced);
    if (report.writeOffs > 0)
        lines << tr("%n écart(s) de règlement passé(s) en perte ou en profit : %1.", nullptr, report.writeOffs)
                     .arg(app::Labels::money(report.writtenOff));
    lines << tr("%n pièce(s) restée(s) ouverte(s), dont %1 à examiner.", nullptr, report.openItemsLeft)
                 .arg(report.forReview.size());
    auto* summary = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                   .arg(tr("Lettrage automatique au %1").arg(app::Labels::date(report.asOf)),
                                        lines.join(QStringLiteral("<br>"))),
                               this);
    summary->setObjectName(QStringLiteral("letteringSummaryLabel"));
    summary->setTextFormat(Qt::RichText);

    auto* rulesBox = new QGroupBox(tr("Groupes par règle"), this);
    auto* rulesView = makeDocumentView(m_rules, "letteringRulesView", rulesBox);
    rulesView->setSelectionMode(QAbstractItemView::NoSelection);
    rulesView->setFocusPolicy(Qt::NoFocus);
    rulesView->horizontalHeader()->setStretchLastSection(false);
    rulesView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    rulesView->setFixedHeight(rulesView->horizontalHeader()->sizeHint().height()
                              + m_rules->rowCount() * rulesView->verticalHeader()->defaultSectionSize()
                              + 2 * rulesView->frameWidth());
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(rulesView);

    auto* reviewBox =
        new QGroupBox(tr("Pièces à examiner (%1)").arg(report.forReview.size()), this);
    m_reviewView = makeDocumentView(m_review, "letteringReviewView", reviewBox);
    m_reviewView->horizontalHeader()->setStretchLastSection(true);
    auto* reviewHint = makeHintLabel(reviewBox);
    reviewHint->setText(report.forReview.empty()
                            ? tr("Rien à examiner : chaque règlement a trouvé ses factures.")
                            : tr("Règlements sans facture correspondante, écarts au-delà de la tolérance : "
                                 "ouvrez le compte du client pour les lettrer à la main ou les attribuer."));
    auto* openButton = new QPushButton(tr("Ouvrir le compte du client"), reviewBox);
    openButton->setObjectName(QStringLiteral("openReviewClientButton"));
    openButton->setEnabled(false);
    auto* reviewLayout = new QVBoxLayout(reviewBox);
    reviewLayout->addWidget(reviewHint);
    reviewLayout->addWidget(m_reviewView, 1);
    auto* openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(openButton);
    reviewLayout->addLayout(openRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reviewView->selectionModel(), &QItemSelectionModel::selectionChanged, openButton,
            [this, openButton] { openButton->setEnabled(selectedRow(m_reviewView) >= 0); });
    connect(m_reviewView, &QTableView::doubleClicked, this, &LetteringReportDialog::openSelected);
    connect(openButton, &QPushButton::clicked, this, &LetteringReportDialog::openSelected);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(rulesBox);
    layout->addWidget(reviewBox, 1);
    layout->addWidget(buttons);
    resize(860, 560);
}

void LetteringReportDialog::openSelected()
{
    const int row = selectedRow(m_reviewView);
    if (row < 0)
        return;
    emit clientRequested(m_review->records()[static_cast<std::size_t>(row)].companyId);
    accept();
}

} // namespace pc::ui
