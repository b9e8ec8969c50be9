#include "ui/CollectPage.h"

#include "app/Clock.h"
#include "app/CreditService.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/LetteringLabels.h"
#include "app/PaymentService.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "core/PaymentMethodProfile.h"
#include "ui/BankLinesModel.h"
#include "ui/CollectJobRunner.h"
#include "ui/LedgerTableModel.h"
#include "ui/LetteringCommand.h"
#include "ui/LetteringReportDialog.h"
#include "ui/PaymentDialog.h"
#include "ui/SalesWidgets.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

namespace pc::ui {

using core::Money;

namespace {

// A report box lists at most this many errors itself; all are in the details.
constexpr int kErrorsShown = 8;

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

QString costText(int level)
{
    if (level <= 1)
        return CollectPage::tr("coût faible");
    if (level == 2)
        return CollectPage::tr("coût moyen");
    return CollectPage::tr("coût élevé");
}

// "coût faible · encaissé en 1 jour environ · non garanti · à l'initiative du client"
QString profileText(const core::PaymentMethodProfile& p)
{
    return QStringList{costText(p.costLevel),
                       CollectPage::tr("encaissé en %n jour(s) environ", nullptr, p.daysToCash),
                       p.guaranteed ? CollectPage::tr("paiement garanti à l'échéance")
                                    : CollectPage::tr("paiement non garanti"),
                       p.sellerInitiative ? CollectPage::tr("à l'initiative du vendeur")
                                          : CollectPage::tr("à l'initiative du client")}
        .join(QStringLiteral(" · "));
}

// Every method with its profile, to compare.
QString profilesTable()
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const core::PaymentMethodProfile& p : core::allPaymentMethodProfiles())
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(app::Labels::paymentMethod(p.method).toHtmlEscaped(), profileText(p).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

const core::Date kEndOfTime = core::Date::fromYmd(2199, 12, 31).value();

} // namespace

CollectPage::CollectPage(app::Workspace& workspace, QUndoStack& undoStack, QWidget* parent)
    : CreditPageBase(workspace, parent),
      m_undo(undoStack),
      m_ledger(new LedgerTableModel(this)),
      m_bankLines(new BankLinesModel(this)),
      m_runner(std::make_unique<CollectJobRunner>(workspace.db().location(), workspace.sharedClock(),
                                                  workspace.actor()))
{
    m_problem = makeProblemLabel("collectProblemLabel", this);
    body()->addWidget(makeSituationBox());
    body()->addWidget(makeLedgerBox(), 1);
    body()->addWidget(m_problem);
    clientFreeArea()->addWidget(makeBankBox());

    m_letterAction = new QAction(tr("Lettrer"), this);
    m_letterAction->setObjectName(QStringLiteral("letterAction"));
    m_letterAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_letterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_unletterAction = new QAction(tr("Délettrer"), this);
    m_unletterAction->setObjectName(QStringLiteral("unletterAction"));
    m_unletterAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_unletterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_letterAction);
    addAction(m_unletterAction);
    connect(m_letterAction, &QAction::triggered, this, &CollectPage::letterSelected);
    connect(m_unletterAction, &QAction::triggered, this, &CollectPage::unletterSelected);
    m_letterButton->setToolTip(tr("Lettre les débits et les crédits sélectionnés (%1)")
                                   .arg(m_letterAction->shortcut().toString(QKeySequence::NativeText)));
    m_unletterButton->setToolTip(
        tr("Délettre le groupe des pièces sélectionnées, par son code, ou retire les imputations partielles d'une "
           "pièce sans code (%1)")
            .arg(m_unletterAction->shortcut().toString(QKeySequence::NativeText)));

    connect(m_runner.get(), &CollectJobRunner::bankStatementImported, this, &CollectPage::bankStatementImported);
    connect(m_runner.get(), &CollectJobRunner::fecImported, this, &CollectPage::fecImported);
    connect(m_runner.get(), &CollectJobRunner::letteringFinished, this, &CollectPage::letteringFinished);

    // The movements to give out belong to no client: any change of the ledgers may
    // have given some out.
    const auto bankChanged = [this] {
        m_bankStale = true;
        if (isVisible())
            reloadBankLines();
    };
    connect(&workspace.notifier(), &app::ChangeNotifier::ledgerChanged, this, bankChanged);
    connect(&workspace.notifier(), &app::ChangeNotifier::salesChanged, this, bankChanged);
    connect(&workspace.notifier(), &app::ChangeNotifier::clientsReset, this, bankChanged);
    updateSelection();
    updateJobButtons();
}

CollectPage::~CollectPage() = default;

QWidget* CollectPage::makeSituationBox()
{
    auto* box = new QGroupBox(tr("Situation du compte"), this);
    m_balance = new QLabel(box);
    m_balance->setObjectName(QStringLiteral("collectBalanceLabel"));
    m_balance->setTextFormat(Qt::RichText);
    m_balance->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_method = new QLabel(box);
    m_method->setObjectName(QStringLiteral("recommendedMethodLabel"));
    m_method->setTextFormat(Qt::RichText);
    m_method->setWordWrap(true);
    m_method->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_method->setToolTip(profilesTable());
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(m_balance, 2);
    layout->addSpacing(24);
    layout->addWidget(m_method, 3);
    return box;
}

QWidget* CollectPage::makeLedgerBox()
{
    auto* box = new QGroupBox(tr("Compte client (411) — lettrage"), this);
    m_openOnlyCheck = new QCheckBox(tr("Pièces &ouvertes seulement"), box);
    m_openOnlyCheck->setObjectName(QStringLiteral("openOnlyCheck"));
    auto* hint = makeHintLabel(box);
    hint->setWordWrap(false);
    hint->setText(tr("Flèches pour se déplacer, Espace pour choisir débits et crédits, Ctrl+L pour lettrer."));
    m_paymentButton = button(tr("Saisir un &règlement…"), "recordPaymentButton", box);

    m_ledgerView = makeDocumentView(m_ledger, "ledgerView", box);
    // Space (or a click) adds or removes the current row: debits and credits are
    // picked one by one, as on a paper ledger.
    m_ledgerView->setSelectionMode(QAbstractItemView::MultiSelection);
    m_ledgerView->setTabKeyNavigation(false);
    QHeaderView* header = m_ledgerView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LedgerTableModel::LabelColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(56);

    m_selectionSum = new QLabel(box);
    m_selectionSum->setObjectName(QStringLiteral("selectionSumLabel"));
    m_selectionSum->setTextFormat(Qt::RichText);
    m_letterButton = button(tr("&Lettrer"), "letterButton", box);
    m_unletterButton = button(tr("&Délettrer"), "unletterButton", box);

    auto* top = new QHBoxLayout;
    top->addWidget(m_openOnlyCheck);
    top->addSpacing(16);
    top->addWidget(hint, 1);
    top->addWidget(m_paymentButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_selectionSum, 1);
    bottom->addWidget(m_letterButton);
    bottom->addWidget(m_unletterButton);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(m_ledgerView, 1);
    layout->addLayout(bottom);

    connect(m_openOnlyCheck, &QCheckBox::toggled, this, &CollectPage::setOpenOnly);
    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CollectPage::updateSelection);
    connect(m_ledger, &QAbstractItemModel::modelReset, this, &CollectPage::updateSelection);
    connect(m_letterButton, &QPushButton::clicked, this, &CollectPage::letterSelected);
    connect(m_unletterButton, &QPushButton::clicked, this, &CollectPage::unletterSelected);
    connect(m_paymentButton, &QPushButton::clicked, this, &CollectPage::recordPayment);
    return box;
}

QWidget* CollectPage::makeBankBox()
{
    auto* box = new QGroupBox(tr("Banque et lettrage automatique — tous clients"), this);
    m_importStatementButton = button(tr("&Importer un relevé…"), "importStatementButton", box);
    m_importStatementButton->setToolTip(tr("Relevé de compte camt.053 (.xml) ou CFONB 120 (.txt, .cfo)"));
    m_importFecButton = button(tr("Importer un F&EC…"), "importFecButton", box);
    m_importFecButton->setToolTip(tr("Fichier des écritures comptables : les comptes clients (411) et leur lettrage"));
    m_autoLetterButton = button(tr("Lettrage auto&matique…"), "autoLetterButton", box);
    m_autoLetterButton->setToolTip(tr("Lettre les pièces ouvertes de tous les clients : référence de facture, "
                                      "montant exact, combinaison de pièces, puis imputation partielle"));
    m_bankTitle = new QLabel(box);
    m_bankTitle->setObjectName(QStringLiteral("bankLinesTitle"));
    m_bankView = makeDocumentView(m_bankLines, "bankLinesView", box);
    QHeaderView* header = m_bankView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(BankLinesModel::TextColumn, QHeaderView::Stretch);
    m_assignButton = button(tr("A&ttribuer au client affiché"), "assignBankLineButton", box);
    m_assignButton->setToolTip(tr("Le mouvement devient un règlement du client affiché, à lettrer ensuite"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_importStatementButton);
    actions->addWidget(m_importFecButton);
    actions->addWidget(m_autoLetterButton);
    actions->addStretch(1);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_bankTitle, 1);
    titleRow->addWidget(m_assignButton);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(actions);
    layout->addLayout(titleRow);
    layout->addWidget(m_bankView);

    connect(m_importStatementButton, &QPushButton::clicked, this, &CollectPage::chooseBankStatement);
    connect(m_importFecButton, &QPushButton::clicked, this, &CollectPage::chooseFec);
    connect(m_autoLetterButton, &QPushButton::clicked, this, &CollectPage::askAutomaticLettering);
    connect(m_assignButton, &QPushButton::clicked, this, &CollectPage::askAssignBankLine);
    connect(m_bankView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CollectPage::updateJobButtons);
    connect(m_bankLines, &QAbstractItemModel::modelReset, this, &CollectPage::updateJobButtons);
    return box;
}

void CollectPage::showEvent(QShowEvent* event)
{
    CreditPageBase::showEvent(event);
    if (m_bankStale)
        reloadBankLines();
}

void CollectPage::clientChanging()
{
    m_ledgerView->clearSelection();
    clearProblem();
}

void CollectPage::showAnalysis(const app::CreditAnalysis& analysis)
{
    m_client = analysis.client;
    loadLedger(analysis.client.id);
    showSituation(analysis);
    updateJobButtons();
}

void CollectPage::loadLedger(qint64 clientId)
{
    const std::vector<qint64> selected = selectedEntries();
    const core::Date today = workspace().clock().today();
    m_allLines = app::LetteringService(workspace()).ledgerOf(clientId, today, false);
    std::vector<app::LedgerLine> shown;
    std::copy_if(m_allLines.begin(), m_allLines.end(), std::back_inserter(shown),
                 [this](const app::LedgerLine& l) { return !m_openOnly || !l.open.isZero(); });
    m_ledger->setLines(std::move(shown), today);
    selectEntries(selected);
}

void CollectPage::setOpenOnly(bool openOnly)
{
    if (m_openOnlyCheck->isChecked() != openOnly)
        m_openOnlyCheck->setChecked(openOnly); // comes back here
    if (m_openOnly == openOnly)
        return;
    m_openOnly = openOnly;
    if (clientId())
        loadLedger(*clientId());
}

void CollectPage::showSituation(const app::CreditAnalysis& analysis)
{
    const core::Date today = workspace().clock().today();
    Money balance;
    Money overdue;
    Money unapplied;
    int overdueItems = 0;
    for (const app::LedgerLine& line : m_allLines) {
        balance += line.entry.debit - line.entry.credit;
        if (line.entry.isDebit() && line.open.isPositive()
            && line.entry.dueDate.value_or(line.entry.date) < today) {
            overdue += line.open;
            ++overdueItems;
        }
        if (!line.entry.isDebit())
            unapplied += line.open;
    }
    QStringList lines;
    lines << (balance.isNegative() ? tr("Solde : <b>%1</b> en faveur du client").arg(app::Labels::money(-balance))
                                   : tr("Solde dû par le client : <b>%1</b>").arg(app::Labels::money(balance)));
    lines << (overdue.isPositive()
                  ? QStringLiteral("<span style='color:#c0392b'>%1</span>")
                        .arg(tr("Échu au %1 : <b>%2</b> sur %n pièce(s)", nullptr, overdueItems)
                                 .arg(app::Labels::date(today), app::Labels::money(overdue)))
                  : tr("Rien d'échu au %1").arg(app::Labels::date(today)));
    lines << tr("Règlements et avoirs non lettrés : %1").arg(app::Labels::money(unapplied));
    m_balance->setText(lines.join(QStringLiteral("<br>")));

    const core::ClientAccount& account = analysis.client.account;
    const app::CollectPolicy policy = app::SharedSettings(workspace()).collectPolicy();
    const core::PaymentMethod recommended = policy.recommendedFor(account.segment);
    const core::PaymentMethodProfile& profile = core::profileOf(recommended);
    const QString segment = account.segment.empty() ? tr("segment non renseigné")
                                                    : tr("segment %1").arg(QString::fromStdString(account.segment));
    QStringList method;
    method << tr("Mode de règlement conseillé (%1) : <b>%2</b>")
                  .arg(segment.toHtmlEscaped(), app::Labels::paymentMethod(recommended).toHtmlEscaped());
    method << QStringLiteral("<span style='color:#5d6d7e'>%1</span>").arg(profileText(profile).toHtmlEscaped());
    if (account.paymentMethod && *account.paymentMethod != recommended)
        method << tr("Mode actuel du client : %1 — à faire évoluer")
                      .arg(app::Labels::paymentMethod(*account.paymentMethod).toHtmlEscaped());
    else if (account.paymentMethod)
        method << tr("Mode actuel du client : %1").arg(app::Labels::paymentMethod(*account.paymentMethod).toHtmlEscaped());
    else
        method << tr("Mode actuel du client : non renseigné");
    if (!analysis.statements.empty()) {
        const char riskClass = analysis.internal.riskClass;
        const core::PaymentMethod byRisk = core::recommendedMethodForRiskClass(riskClass);
        if (byRisk != recommended)
            method << QStringLiteral("<span style='color:#a04000'>%1</span>")
                          .arg(tr("Selon sa classe de risque (%1) : %2")
                                   .arg(QChar::fromLatin1(riskClass))
                                   .arg(app::Labels::paymentMethod(byRisk).toHtmlEscaped()));
    }
    m_method->setText(method.join(QStringLiteral("<br>")));
}

void CollectPage::reloadBankLines()
{
    m_bankStale = false;
    const QModelIndexList rows = m_bankView->selectionModel()->selectedRows();
    const qint64 selected = rows.isEmpty() ? 0 : rows.first().data(BankLinesModel::LineIdRole).toLongLong();
    m_bankLines->setLines(app::PaymentService(workspace()).unmatchedLines());
    Money total;
    for (const store::BankLineRecord& line : m_bankLines->lines())
        total += line.amount;
    const int count = m_bankLines->rowCount();
    m_bankTitle->setText(count == 0 ? tr("<b>Mouvements à attribuer</b> : aucun, chaque encaissement importé a "
                                         "trouvé son client.")
                                    : tr("<b>Mouvements à attribuer</b> : %n encaissement(s) dont le payeur n'a pas "
                                         "été reconnu, %1",
                                         nullptr, count)
                                          .arg(app::Labels::money(total)));
    for (int row = 0; row < count; ++row)
        if (m_bankLines->line(row).id == selected)
            m_bankView->selectRow(row);
    // As high as its rows, from 2 to 6: the ledger above keeps the room.
    const int rowHeight = m_bankView->verticalHeader()->defaultSectionSize();
    m_bankView->setFixedHeight(m_bankView->horizontalHeader()->sizeHint().height()
                               + std::clamp(count, 2, 6) * rowHeight + 2 * m_bankView->frameWidth());
    updateJobButtons();
}

void CollectPage::selectEntries(const std::vector<qint64>& entryIds)
{
    QItemSelection selection;
    for (const qint64 id : entryIds) {
        const int row = m_ledger->rowOf(id);
        if (row >= 0)
            selection.select(m_ledger->index(row, 0), m_ledger->index(row, LedgerTableModel::ColumnCount - 1));
    }
    m_ledgerView->selectionModel()->select(selection, QItemSelectionModel::Select);
}

std::vector<qint64> CollectPage::selectedEntries() const
{
    std::vector<qint64> ids;
    for (const QModelIndex& index : m_ledgerView->selectionModel()->selectedRows())
        ids.push_back(index.data(LedgerTableModel::EntryIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

CollectPage::Selection CollectPage::selection() const
{
    Selection s;
    std::set<std::string> codes;
    QModelIndexList rows = m_ledgerView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) {
        const app::LedgerLine& line = m_ledger->line(index.row());
        if (line.open.isPositive()) {
            s.openIds.push_back(line.entry.id);
            (line.entry.isDebit() ? s.debit : s.credit) += line.open;
        }
        if (!line.entry.letter.empty()) {
            if (codes.insert(line.entry.letter).second)
                s.codes.push_back(line.entry.letter);
        } else if (line.open != line.entry.amount()) {
            s.partial.push_back(line.entry.id);
        }
    }
    return s;
}

void CollectPage::updateSelection()
{
    const Selection s = selection();
    const Money gap = s.debit - s.credit;
    const bool picked = s.debit.isPositive() || s.credit.isPositive();
    const QString gapText = QStringLiteral("<span style='color:%1'>%2</span>")
                                .arg(!picked ? QStringLiteral("inherit")
                                             : gap.isZero() ? QStringLiteral("#1e8449") : QStringLiteral("#c0392b"),
                                     app::Labels::money(gap));
    m_selectionSum->setText(tr("Débit sélectionné : <b>%1</b> — Crédit sélectionné : <b>%2</b> — Écart : <b>%3</b>")
                                .arg(app::Labels::money(s.debit), app::Labels::money(s.credit), gapText));
    const bool canLetter = clientId() && s.debit.isPositive() && s.credit.isPositive();
    const bool canUnletter = clientId() && (!s.codes.empty() || !s.partial.empty());
    m_letterAction->setEnabled(canLetter);
    m_letterButton->setEnabled(canLetter);
    m_unletterAction->setEnabled(canUnletter);
    m_unletterButton->setEnabled(canUnletter);
}

void CollectPage::updateJobButtons()
{
    const bool idle = !m_runner->isRunning();
    for (QPushButton* b : {m_importStatementButton, m_importFecButton, m_autoLetterButton})
        b->setEnabled(idle);
    m_assignButton->setEnabled(idle && clientId() && selectedRow(m_bankView) >= 0);
    m_paymentButton->setEnabled(clientId().has_value());
}

bool CollectPage::confirmUnbalanced(const Selection& s)
{
    const Money gap = s.debit - s.credit;
    const Money tolerance = app::SharedSettings(workspace()).collectPolicy().lettering.writeOffTolerance;
    const bool writeOff = tolerance.isPositive() && gap.abs() <= tolerance;
    QMessageBox box(QMessageBox::Question, tr("Lettrage non équilibré"),
                    tr("Débit sélectionné %1, crédit sélectionné %2 : écart de %3.")
                        .arg(app::Labels::money(s.debit), app::Labels::money(s.credit), app::Labels::money(gap.abs())),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unbalancedLetteringBox"));
    QPushButton* go = nullptr;
    if (writeOff) {
        box.setInformativeText(tr("L'écart est dans la tolérance de %1 : il sera passé en écart de règlement "
                                  "(journal OD) et les pièces seront lettrées.")
                                   .arg(app::Labels::money(tolerance)));
        go = box.addButton(tr("Lettrer avec l'&écart"), QMessageBox::AcceptRole);
    } else {
        box.setInformativeText(tr("Les pièces seront imputées à hauteur de %1, sans code de lettre : %2 resteront "
                                  "ouverts. Ctrl+Z annule l'imputation.")
                                   .arg(app::Labels::money(std::min(s.debit, s.credit)), app::Labels::money(gap.abs())));
        go = box.addButton(tr("&Imputer partiellement"), QMessageBox::AcceptRole);
    }
    box.button(QMessageBox::Cancel)->setText(tr("Annuler"));
    box.setDefaultButton(go);
    box.exec();
    return box.clickedButton() == go;
}

bool CollectPage::letterSelected()
{
    if (!clientId())
        return false;
    const Selection s = selection();
    if (!s.debit.isPositive() || !s.credit.isPositive()) {
        showProblem(tr("Pour lettrer, choisissez au moins un débit et un crédit encore ouverts."));
        return false;
    }
    const bool balanced = s.debit == s.credit;
    if (!balanced && !confirmUnbalanced(s))
        return false;
    const qint64 client = *clientId();
    auto done = app::LetteringService(workspace())
                    .letterManually(client, s.openIds, workspace().clock().today(), !balanced);
    if (!done) {
        showProblem(tr("Lettrage refusé : %1").arg(app::ErrorText::describe(done.error())));
        return false;
    }
    clearProblem();
    m_undo.push(LetteringCommand::lettered(workspace(), client, s.openIds, !balanced, *done,
                                           [this](const core::Error& error) {
                                               showProblem(tr("Annulation impossible : %1")
                                                               .arg(app::ErrorText::describe(error)));
                                           }));
    m_ledgerView->clearSelection();
    const Money settled = std::min(s.debit, s.credit);
    QString message;
    if (!done->code.empty())
        message = tr("Lettré sous le code %1 : %n pièce(s), %2.", nullptr, static_cast<int>(s.openIds.size()))
                      .arg(QString::fromStdString(done->code), app::Labels::money(settled));
    else
        message = tr("Imputation partielle de %1 : le reste demeure ouvert.").arg(app::Labels::money(settled));
    if (done->writtenOff.isPositive())
        message += QLatin1Char(' ') + tr("Écart de %1 passé en écart de règlement.").arg(app::Labels::money(done->writtenOff));
    emit statusMessage(message);
    return true;
}

bool CollectPage::unletterSelected()
{
    if (!clientId())
        return false;
    const qint64 client = *clientId();
    const Selection s = selection();
    if (s.codes.empty() && s.partial.empty()) {
        showProblem(tr("Pour délettrer, choisissez une pièce lettrée ou imputée en partie."));
        return false;
    }
    if (!s.partial.empty()) {
        QMessageBox box(QMessageBox::Question, tr("Retirer les imputations"),
                        tr("Retirer les imputations de %n pièce(s) sans code de lettre ? Elles redeviennent ouvertes "
                           "en entier, comme les pièces auxquelles elles étaient imputées.",
                           nullptr, static_cast<int>(s.partial.size())),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("removePartialBox"));
        box.setInformativeText(tr("Ce retrait ne s'annule pas par Ctrl+Z : il faudra lettrer à nouveau."));
        QPushButton* go = box.addButton(tr("&Retirer les imputations"), QMessageBox::AcceptRole);
        box.button(QMessageBox::Cancel)->setText(tr("Annuler"));
        box.exec();
        if (box.clickedButton() != go)
            return false;
    }
    app::LetteringService service(workspace());
    // Every entry of each group, shown or not, to letter them again on undo.
    std::map<std::string, std::vector<qint64>> groups;
    for (const app::LedgerLine& line : service.ledgerOf(client, kEndOfTime, false))
        if (!line.entry.letter.empty())
            groups[line.entry.letter].push_back(line.entry.id);
    const auto onError = [this](const core::Error& error) {
        showProblem(tr("Opération impossible : %1").arg(app::ErrorText::describe(error)));
    };
    QStringList done;
    bool ok = true;
    if (s.codes.size() > 1)
        m_undo.beginMacro(tr("délettrage %1").arg(QString::fromStdString(s.codes.front()) + QStringLiteral("…")));
    for (const std::string& code : s.codes) {
        if (auto status = service.unletter(client, code); !status) {
            showProblem(tr("Délettrage de %1 refusé : %2")
                            .arg(QString::fromStdString(code), app::ErrorText::describe(status.error())));
            ok = false;
            break;
        }
        m_undo.push(LetteringCommand::unlettered(workspace(), client, code, groups[code], onError));
        done << QString::fromStdString(code);
    }
    if (s.codes.size() > 1)
        m_undo.endMacro();
    for (const qint64 id : s.partial) {
        if (!ok)
            break;
        if (auto status = service.removePartial(id); !status) {
            showProblem(tr("Retrait des imputations refusé : %1").arg(app::ErrorText::describe(status.error())));
            ok = false;
        }
    }
    if (ok)
        clearProblem();
    m_ledgerView->clearSelection();
    if (!done.isEmpty())
        emit statusMessage(tr("Délettré : %1. Ctrl+Z lettre à nouveau.").arg(done.join(QStringLiteral(", "))));
    else if (ok)
        emit statusMessage(tr("Imputations retirées : %n pièce(s) rouverte(s).", nullptr, static_cast<int>(s.partial.size())));
    return ok;
}

void CollectPage::recordPayment()
{
    if (!clientId() || !m_client)
        return;
    const core::ClientAccount& account = m_client->account;
    const auto method = account.paymentMethod
        ? account.paymentMethod
        : std::optional(app::SharedSettings(workspace()).collectPolicy().recommendedFor(account.segment));
    PaymentDialog dialog(workspace(), *clientId(), QString::fromStdString(m_client->company.name), method, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.recorded())
        return;
    // The service's notification has reloaded the ledger: pick the payment, to letter it.
    m_ledgerView->clearSelection();
    selectEntries({*dialog.recorded()});
    const int row = m_ledger->rowOf(*dialog.recorded());
    if (row >= 0) {
        m_ledgerView->selectionModel()->setCurrentIndex(m_ledger->index(row, 0), QItemSelectionModel::NoUpdate);
        m_ledgerView->scrollTo(m_ledger->index(row, 0));
    }
    m_ledgerView->setFocus();
    emit statusMessage(tr("Règlement enregistré : choisissez les factures qu'il solde, puis lettrez (Ctrl+L)."));
}

bool CollectPage::assignBankLine(qint64 lineId)
{
    if (!clientId())
        return false;
    auto entry = app::PaymentService(workspace()).assignBankLine(lineId, *clientId());
    if (!entry) {
        showProblem(tr("Attribution refusée : %1").arg(app::ErrorText::describe(entry.error())));
        return false;
    }
    clearProblem();
    m_ledgerView->clearSelection();
    selectEntries({*entry});
    emit statusMessage(tr("Mouvement attribué : il figure au crédit du compte, à lettrer avec les factures qu'il règle."));
    return true;
}

void CollectPage::askAssignBankLine()
{
    const int row = selectedRow(m_bankView);
    if (row < 0 || !clientId() || !m_client)
        return;
    const store::BankLineRecord& line = m_bankLines->line(row);
    QMessageBox box(QMessageBox::Question, tr("Attribuer un mouvement"),
                    tr("Attribuer l'encaissement de %1 du %2 (%3) à %4 ?")
                        .arg(app::Labels::money(line.amount), app::Labels::date(line.bookingDate),
                             line.counterpartyName.empty() ? BankLinesModel::text(line)
                                                           : QString::fromStdString(line.counterpartyName),
                             QString::fromStdString(m_client->company.name)),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("assignBankLineBox"));
    box.setInformativeText(tr("Il devient un règlement du client, à lettrer avec ses factures."));
    QPushButton* go = box.addButton(tr("A&ttribuer"), QMessageBox::AcceptRole);
    box.button(QMessageBox::Cancel)->setText(tr("Annuler"));
    box.setDefaultButton(go);
    box.exec();
    if (box.clickedButton() == go)
        assignBankLine(line.id);
}

void CollectPage::chooseBankStatement()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Importer un relevé bancaire"), QString(),
        tr("Relevés bancaires (*.xml *.txt *.cfo *.cfonb *.dat);;Tous les fichiers (*)"));
    if (!path.isEmpty())
        importBankStatement(path);
}

void CollectPage::chooseFec()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Importer un FEC"), QString(),
                                                      tr("Fichiers des écritures comptables (*.txt *.csv);;Tous les "
                                                         "fichiers (*)"));
    if (!path.isEmpty())
        importFec(path);
}

void CollectPage::importBankStatement(const QString& path)
{
    if (m_runner->importBankStatement(path))
        startProgress(tr("Import du relevé %1…").arg(QFileInfo(path).fileName()));
}

void CollectPage::importFec(const QString& path)
{
    if (m_runner->importFec(path))
        startProgress(tr("Import du FEC %1…").arg(QFileInfo(path).fileName()));
}

void CollectPage::askAutomaticLettering()
{
    QMessageBox box(QMessageBox::Question, tr("Lettrage automatique"),
                    tr("Lettrer les pièces ouvertes de tous les clients au %1 ?")
                        .arg(app::Labels::date(workspace().clock().today())),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("autoLetteringBox"));
    box.setInformativeText(tr("Les règles s'appliquent dans l'ordre : référence de facture, montant exact, "
                              "combinaison de pièces, imputation partielle. Un groupe se délettre ensuite par son "
                              "code (Ctrl+Maj+L)."));
    QPushButton* go = box.addButton(tr("&Lettrer"), QMessageBox::AcceptRole);
    box.button(QMessageBox::Cancel)->setText(tr("Annuler"));
    box.setDefaultButton(go);
    box.exec();
    if (box.clickedButton() == go)
        letterAutomatically();
}

void CollectPage::letterAutomatically()
{
    if (m_runner->letterAutomatically(workspace().clock().today()))
        startProgress(tr("Lettrage automatique…"));
}

void CollectPage::startProgress(const QString& text)
{
    delete m_progress;
    m_progress = new QProgressDialog(text, tr("Annuler"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("collectProgress"));
    m_progress->setWindowTitle(tr("Encaisser"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_runner.get(), &CollectJobRunner::cancel);
    connect(m_runner.get(), &CollectJobRunner::progress, m_progress, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    updateJobButtons();
}

void CollectPage::finishProgress()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    updateJobButtons();
}

void CollectPage::showReport(const char* name, bool ok, const QString& title, const QString& summary,
                             QStringList lines, const QStringList& details)
{
    emit statusMessage(summary);
    if (!isVisible())
        return;
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, summary, QMessageBox::Ok,
                                this);
    box->setObjectName(QString::fromLatin1(name));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    if (!details.isEmpty())
        box->setDetailedText(details.join(QLatin1Char('\n')));
    box->open();
}

void CollectPage::bankStatementImported(const app::BankImportReport& report)
{
    finishProgress();
    QStringList errors;
    for (const core::Error& error : report.errors)
        errors << app::ErrorText::describe(error);
    if (!report.ok()) {
        const bool cancelled = report.errors.size() == 1 && report.errors.front().code == core::ErrorCode::Cancelled;
        QStringList lines = errors.mid(0, kErrorsShown);
        if (errors.size() > kErrorsShown)
            lines << tr("… et %1 autre(s) : voir le détail.").arg(errors.size() - kErrorsShown);
        showReport("bankImportReportBox", false, tr("Import de relevé bancaire"),
                   cancelled ? tr("Import annulé : rien n'a été enregistré.")
                             : tr("Relevé refusé : %n erreur(s). Rien n'a été enregistré.", nullptr,
                                  static_cast<int>(errors.size())),
                   lines, errors.size() > kErrorsShown ? errors : QStringList());
        return;
    }
    // The worker's workspace told its own notifier; the pages of this one must hear it.
    emit workspace().notifier().ledgerChanged();
    QStringList lines;
    lines << tr("%n règlement(s) reconnu(s), inscrit(s) au compte des clients : %1.", nullptr, report.payments)
                 .arg(app::Labels::money(report.paid));
    QStringList how;
    for (const auto& [code, count] : report.matchedBy)
        how << QStringLiteral("%1 (%2)").arg(app::LetteringLabels::matchedBy(code)).arg(count);
    if (!how.isEmpty())
        lines << tr("Reconnus par : %1.").arg(how.join(QStringLiteral(", ")));
    lines << tr("%n mouvement(s) à attribuer : %1, dans « Mouvements à attribuer ».", nullptr, report.unmatched)
                 .arg(app::Labels::money(report.unmatchedAmount));
    if (report.outgoing > 0)
        lines << tr("%n débit(s) du compte conservé(s) pour mémoire.", nullptr, report.outgoing);
    if (report.duplicates > 0)
        lines << tr("%n mouvement(s) déjà importé(s) d'un autre relevé, ignoré(s).", nullptr, report.duplicates);
    lines << report.warnings;
    showReport("bankImportReportBox", true, tr("Import de relevé bancaire"),
               tr("Relevé %1 importé : %n mouvement(s) sur %2 relevé(s).", nullptr, report.movements)
                   .arg(report.format)
                   .arg(report.statements),
               lines, {});
}

void CollectPage::fecImported(const app::FecImportReport& report)
{
    finishProgress();
    QStringList errors;
    for (const core::Error& error : report.errors)
        errors << app::ErrorText::describe(error);
    if (!report.ok()) {
        const bool cancelled = report.errors.size() == 1 && report.errors.front().code == core::ErrorCode::Cancelled;
        QStringList lines = errors.mid(0, kErrorsShown);
        if (errors.size() > kErrorsShown)
            lines << tr("… et %1 autre(s) : voir le détail.").arg(errors.size() - kErrorsShown);
        showReport("fecImportReportBox", false, tr("Import de FEC"),
                   cancelled ? tr("Import annulé : rien n'a été enregistré.")
                             : tr("FEC refusé : %n erreur(s). Rien n'a été enregistré.", nullptr,
                                  static_cast<int>(errors.size())),
                   lines, errors.size() > kErrorsShown ? errors : QStringList());
        return;
    }
    emit workspace().notifier().clientsReset();
    emit workspace().notifier().ledgerChanged();
    QStringList lines;
    lines << tr("%1 ligne(s) lue(s), dont %2 sur des comptes clients (411).")
                 .arg(report.linesRead)
                 .arg(report.clientLines);
    if (report.alreadyImported > 0)
        lines << tr("%n ligne(s) déjà apportée(s) par un FEC précédent, ignorée(s).", nullptr, report.alreadyImported);
    if (report.withoutAccount > 0)
        lines << tr("%n ligne(s) 411 sans compte auxiliaire, ignorée(s).", nullptr, report.withoutAccount);
    lines << tr("%n client(s) du fichier retrouvé(s) dans le portefeuille.", nullptr, report.clientsLinked);
    lines << tr("%n lettrage(s) du fichier repris sous leur code.", nullptr, report.letteredGroups);
    if (report.partialGroups > 0)
        lines << tr("%n code(s) de lettre déséquilibré(s) : imputés, laissés ouverts.", nullptr, report.partialGroups);
    if (report.groupsNotApplied > 0)
        lines << tr("%n code(s) de lettre touchant des lignes déjà importées, non repris.", nullptr,
                    report.groupsNotApplied);
    QStringList created;
    for (const app::ClientToComplete& c : report.clientsCreated)
        created << QStringLiteral("%1 — %2").arg(c.account, c.name);
    if (!created.isEmpty()) {
        lines << tr("%n client(s) créé(s), à compléter (SIREN, adresse) :", nullptr, static_cast<int>(created.size()));
        lines << created.mid(0, kErrorsShown);
        if (created.size() > kErrorsShown)
            lines << tr("… et %1 autre(s) : voir le détail.").arg(created.size() - kErrorsShown);
    }
    lines << report.warnings;
    showReport("fecImportReportBox", true, tr("Import de FEC"),
               tr("FEC importé (%1) : %n écriture(s) client inscrite(s).", nullptr, report.entries).arg(report.encoding),
               lines, created.size() > kErrorsShown ? created : QStringList());
}

void CollectPage::letteringFinished(const core::Result<app::LetteringReport>& outcome)
{
    finishProgress();
    if (!outcome) {
        if (outcome.error().code == core::ErrorCode::Cancelled) {
            emit statusMessage(tr("Lettrage automatique annulé : rien n'a été modifié."));
            return;
        }
        showReport("letteringFailureBox", false, tr("Lettrage automatique"),
                   tr("Lettrage automatique impossible : rien n'a été modifié."),
                   {app::ErrorText::describe(outcome.error())}, {});
        return;
    }
    emit workspace().notifier().ledgerChanged();
    const app::LetteringReport& report = *outcome;
    emit statusMessage(tr("Lettrage automatique : %n groupe(s) lettré(s), %1 pièce(s) à examiner.", nullptr,
                          report.groupsLettered)
                           .arg(report.forReview.size()));
    if (!isVisible())
        return;
    auto* dialog = new LetteringReportDialog(report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LetteringReportDialog::clientRequested, this, &CollectPage::clientRequested);
    dialog->open();
    emit letteringReportShown();
}

void CollectPage::showProblem(const QString& message)
{
    ui::showProblem(m_problem, message);
}

void CollectPage::clearProblem()
{
    m_problem->hide();
}

} // namespace pc::ui
