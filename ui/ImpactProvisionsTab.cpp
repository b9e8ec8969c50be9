#include "ui/ImpactProvisionsTab.h"

#include "app/Clock.h"
#include "app/Labels.h"
#include "app/Workspace.h"
#include "ui/FieldFeedback.h"
#include "ui/SalesWidgets.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace pc::ui {

using app::ProvisionRow;
using receivables::DoubtfulReason;
using receivables::ProvisionEntryKind;

namespace {

QVariant cents(core::Money amount)
{
    return QVariant(static_cast<qlonglong>(amount.cents()));
}

QString rateText(core::Rate rate)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(static_cast<double>(rate.basisPoints()) / 100.0, 'f', 2));
}

QString reasonText(const std::optional<receivables::DoubtfulCause>& cause)
{
    if (!cause)
        return {};
    const QString parameter = QString::fromStdString(cause->parameter);
    switch (cause->reason) {
    case DoubtfulReason::Age: return ImpactProvisionsTab::tr("Ancienneté (%1 j)").arg(parameter);
    case DoubtfulReason::Proceedings: return ImpactProvisionsTab::tr("Procédure collective");
    case DoubtfulReason::LegalAction: return ImpactProvisionsTab::tr("Action en justice");
    case DoubtfulReason::Dispute: return ImpactProvisionsTab::tr("Litige");
    case DoubtfulReason::Manual: return ImpactProvisionsTab::tr("Taux choisi");
    }
    return {};
}

QString kindText(ProvisionEntryKind kind)
{
    switch (kind) {
    case ProvisionEntryKind::Transfer: return ImpactProvisionsTab::tr("Reclassement en douteux");
    case ProvisionEntryKind::Dotation: return ImpactProvisionsTab::tr("Dotation");
    case ProvisionEntryKind::Reversal: return ImpactProvisionsTab::tr("Reprise");
    case ProvisionEntryKind::WriteOff: return ImpactProvisionsTab::tr("Passage en perte");
    }
    return {};
}

} // namespace

ImpactProvisionsTab::ImpactProvisionsTab(app::Workspace& workspace, QWidget* parent)
    : ImpactTab(workspace, parent),
      m_asOf(makeAsOfEdit("provisionAsOfEdit")),
      m_summary(new QLabel(this)),
      m_review(new ImpactTableModel<ProvisionRow>({}, this)),
      m_reviewView(makeView(m_review, "provisionReviewView")),
      m_book(new QPushButton(this)),
      m_rate(new QPushButton(tr("&Taux pour cette facture…"), this)),
      m_writeOff(new QPushButton(tr("Passer en &perte…"), this)),
      m_from(makeDateEdit(this)),
      m_to(makeDateEdit(this)),
      m_journal(new ImpactTableModel<JournalRow>({}, this)),
      m_journalView(makeView(m_journal, "provisionJournalView"))
{
    setObjectName(QStringLiteral("impactProvisionsTab"));
    m_summary->setObjectName(QStringLiteral("provisionSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_book->setObjectName(QStringLiteral("bookProvisionsButton"));
    m_rate->setObjectName(QStringLiteral("provisionRateButton"));
    m_writeOff->setObjectName(QStringLiteral("writeOffButton"));
    m_from->setObjectName(QStringLiteral("journalFromEdit"));
    m_to->setObjectName(QStringLiteral("journalToEdit"));
    m_from->setDate(app::toQDate(*core::Date::fromYmd(today().year(), 1, 1)));
    m_to->setDate(app::toQDate(today()));
    auto* fecButton = new QPushButton(tr("Exporter les écritures (&FEC)…"), this);
    fecButton->setObjectName(QStringLiteral("exportFecButton"));
    setUpReviewColumns();
    setUpJournalColumns();

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Revue au"), this));
    top->addWidget(m_asOf);
    top->addWidget(m_summary, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_book);
    actions->addWidget(m_rate);
    actions->addWidget(m_writeOff);
    actions->addStretch(1);
    auto* journalBar = new QHBoxLayout;
    journalBar->addWidget(new QLabel(tr("<b>Journal des écritures</b> du"), this));
    journalBar->addWidget(m_from);
    journalBar->addWidget(new QLabel(tr("au"), this));
    journalBar->addWidget(m_to);
    journalBar->addStretch(1);
    journalBar->addWidget(fecButton);
    auto* reviewPane = new QWidget(this);
    auto* reviewLayout = new QVBoxLayout(reviewPane);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addWidget(m_reviewView, 1);
    reviewLayout->addLayout(actions);
    auto* journalPane = new QWidget(this);
    auto* journalLayout = new QVBoxLayout(journalPane);
    journalLayout->setContentsMargins(0, 0, 0, 0);
    journalLayout->addLayout(journalBar);
    journalLayout->addWidget(m_journalView, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(reviewPane);
    splitter->addWidget(journalPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_book, &QPushButton::clicked, this, &ImpactProvisionsTab::book);
    connect(m_rate, &QPushButton::clicked, this, &ImpactProvisionsTab::askRate);
    connect(m_writeOff, &QPushButton::clicked, this, &ImpactProvisionsTab::askWriteOff);
    connect(fecButton, &QPushButton::clicked, this, &ImpactProvisionsTab::askJournalExport);
    connect(m_from, &QDateEdit::dateChanged, this, &ImpactProvisionsTab::showJournal);
    connect(m_to, &QDateEdit::dateChanged, this, &ImpactProvisionsTab::showJournal);
    connect(m_asOf, &QDateEdit::dateChanged, this, &ImpactProvisionsTab::updateButtons);
    connect(m_reviewView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImpactProvisionsTab::updateButtons);
    openClientOnDoubleClick<ProvisionRow>(m_reviewView, m_review, [](const ProvisionRow& r) { return r.party.companyId; });
    updateButtons();
}

void ImpactProvisionsTab::setUpReviewColumns()
{
    const auto money = [](const QString& header, core::Money (*amount)(const ProvisionRow&)) {
        return ImpactTableModel<ProvisionRow>::Column{
            header, [amount](const ProvisionRow& r) { return app::Labels::money(amount(r)); },
            [amount](const ProvisionRow& r) { return cents(amount(r)); }, true};
    };
    m_review->setColumns({
        {tr("Client"), [](const ProvisionRow& r) { return QString::fromStdString(r.party.name); }, {}, false},
        {tr("Pièce"), [](const ProvisionRow& r) { return QString::fromStdString(r.party.piece); }, {}, false},
        {tr("Échéance"), [](const ProvisionRow& r) { return app::Labels::date(r.dueDate); },
         [](const ProvisionRow& r) { return QVariant(r.dueDate.daysSinceEpoch()); }, false},
        {tr("Retard (j)"), [](const ProvisionRow& r) { return QString::number(r.proposal.daysPastDue); },
         [](const ProvisionRow& r) { return QVariant(r.proposal.daysPastDue); }, true},
        money(tr("Ouvert TTC"), [](const ProvisionRow& r) { return r.proposal.open; }),
        money(tr("Base HT"), [](const ProvisionRow& r) { return r.proposal.base; }),
        {tr("Motif"), [](const ProvisionRow& r) { return reasonText(r.proposal.cause); }, {}, false},
        {tr("Taux"), [](const ProvisionRow& r) { return rateText(r.proposal.rate); },
         [](const ProvisionRow& r) { return QVariant(static_cast<qlonglong>(r.proposal.rate.basisPoints())); }, true},
        money(tr("Provision cible"), [](const ProvisionRow& r) { return r.proposal.target; }),
        money(tr("Déjà provisionné"), [](const ProvisionRow& r) { return r.proposal.booked; }),
        money(tr("Mouvement"), [](const ProvisionRow& r) { return r.proposal.movement(); }),
    });
}

void ImpactProvisionsTab::setUpJournalColumns()
{
    m_journal->setColumns({
        {tr("Date"), [](const JournalRow& r) { return app::Labels::date(r.date); },
         [](const JournalRow& r) { return QVariant(r.date.daysSinceEpoch()); }, false},
        {tr("N°"), [](const JournalRow& r) { return r.number; }, {}, false},
        {tr("Écriture"), [](const JournalRow& r) { return r.kind; }, {}, false},
        {tr("Pièce"), [](const JournalRow& r) { return r.piece; }, {}, false},
        {tr("Compte"), [](const JournalRow& r) { return r.account; }, {}, false},
        {tr("Client"), [](const JournalRow& r) { return r.client; }, {}, false},
        {tr("Débit"), [](const JournalRow& r) { return r.debit.cents() ? app::Labels::money(r.debit) : QString(); },
         [](const JournalRow& r) { return cents(r.debit); }, true},
        {tr("Crédit"), [](const JournalRow& r) { return r.credit.cents() ? app::Labels::money(r.credit) : QString(); },
         [](const JournalRow& r) { return cents(r.credit); }, true},
    });
}

core::Date ImpactProvisionsTab::asOf() const
{
    return app::fromQDate(m_asOf->date());
}

void ImpactProvisionsTab::recompute()
{
    auto review = app::ProvisionService(workspace()).review(asOf());
    if (!review) {
        m_review->setRecords({});
        showError(tr("Revue des provisions"), review.error());
    } else {
        showReview(*review);
    }
    showJournal();
    updateButtons();
}

void ImpactProvisionsTab::showReview(const app::ProvisionReview& review)
{
    m_summary->setText(tr("Créances douteuses : <b>%1</b> TTC · provisions après écritures : <b>%2</b> · "
                          "dotation à passer : <b>%3</b> · reprise : <b>%4</b>")
                           .arg(app::Labels::money(review.doubtfulGross), app::Labels::money(review.provisionStock),
                                app::Labels::money(review.dotation), app::Labels::money(review.reversal)));
    m_review->setRecords(review.rows);
}

void ImpactProvisionsTab::showJournal()
{
    auto journal = app::ProvisionService(workspace()).journal(app::fromQDate(m_from->date()), app::fromQDate(m_to->date()));
    if (!journal) {
        m_journal->setRecords({});
        showError(tr("Journal des provisions"), journal.error());
        return;
    }
    std::vector<JournalRow> rows;
    for (const receivables::JournalEntry& e : journal->entries) {
        for (const receivables::JournalLine& line : e.lines) {
            const auto name = journal->clientNames.find(line.auxiliary);
            rows.push_back({e.date, QString::fromStdString(e.number), kindText(e.kind), QString::fromStdString(e.piece),
                            QString::fromStdString(line.account),
                            name == journal->clientNames.end() ? QString::fromStdString(line.auxiliary)
                                                               : QString::fromStdString(name->second),
                            line.debit, line.credit});
        }
    }
    m_journal->setRecords(std::move(rows));
}

void ImpactProvisionsTab::updateButtons()
{
    m_book->setText(tr("&Comptabiliser au %1").arg(app::Labels::date(asOf())));
    const bool selected = selectedRow() != nullptr;
    m_rate->setEnabled(selected);
    m_writeOff->setEnabled(selected);
}

const ProvisionRow* ImpactProvisionsTab::selectedRow() const
{
    const int row = selectedSourceRow(m_reviewView);
    return row < 0 || row >= m_review->rowCount() ? nullptr : &m_review->record(row);
}

void ImpactProvisionsTab::book()
{
    const QString question = tr("Comptabiliser les provisions au %1 ? Les reclassements en douteux, dotations et "
                                "reprises de la revue seront enregistrés dans le journal.")
                                 .arg(app::Labels::date(asOf()));
    if (QMessageBox::question(this, tr("Comptabiliser les provisions"), question) != QMessageBox::Yes)
        return;
    const auto report = app::ProvisionService(workspace()).book(asOf());
    if (!report) {
        showError(tr("Comptabilisation des provisions"), report.error());
        return;
    }
    emit statusMessage(tr("Provisions comptabilisées au %1 : dotation %2, reprise %3.")
                           .arg(app::Labels::date(report->asOf), app::Labels::money(report->dotation),
                                app::Labels::money(report->reversal)));
    invalidate();
}

void ImpactProvisionsTab::askRate()
{
    const ProvisionRow* row = selectedRow();
    if (row == nullptr)
        return;
    const qint64 entryId = row->entryId;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Taux pour cette facture"),
        tr("Taux de provision de %1 en % (vide : celui des règles)").arg(QString::fromStdString(row->party.piece)),
        QLineEdit::Normal, rateText(row->proposal.rate).remove(QLatin1Char('%')).trimmed(), &ok);
    if (!ok)
        return;
    std::optional<core::Rate> rate;
    if (!text.trimmed().isEmpty()) {
        auto parsed = core::Rate::parsePercent(text.trimmed().toStdString());
        if (!parsed) {
            showError(tr("Taux pour cette facture"), parsed.error());
            return;
        }
        rate = *parsed;
    }
    if (const auto set = app::ProvisionService(workspace()).setInvoiceRate(entryId, rate); !set) {
        showError(tr("Taux pour cette facture"), set.error());
        return;
    }
    invalidate();
}

void ImpactProvisionsTab::askWriteOff()
{
    const ProvisionRow* row = selectedRow();
    if (row == nullptr)
        return;
    const qint64 entryId = row->entryId;
    const QString piece = QString::fromStdString(row->party.piece);
    const auto answer = askDateAndText(this, tr("Passer %1 en perte").arg(piece), tr("Motif (obligatoire)"),
                                       tr("Date"), today());
    if (!answer)
        return;
    const auto done = app::ProvisionService(workspace()).writeOff(entryId, answer->date, answer->text.toStdString());
    if (!done) {
        showError(tr("Passage en perte"), done.error());
        return;
    }
    emit statusMessage(tr("%1 passée en perte le %2.").arg(piece, app::Labels::date(answer->date)));
    invalidate();
}

bool ImpactProvisionsTab::exportJournal(const QString& path)
{
    const auto report = app::ProvisionService(workspace()).exportFec(app::fromQDate(m_from->date()),
                                                                      app::fromQDate(m_to->date()), path);
    if (!report) {
        showError(tr("Export des écritures"), report.error());
        return false;
    }
    emit statusMessage(tr("%n ligne(s) d'écritures exportée(s) dans %1", nullptr, report->lines).arg(path));
    return true;
}

void ImpactProvisionsTab::askJournalExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter les écritures de provisions"),
                                                      QStringLiteral("provisions-fec.txt"),
                                                      tr("FEC (*.txt);;Tous les fichiers (*)"));
    if (!path.isEmpty())
        exportJournal(path);
}

} // namespace pc::ui
