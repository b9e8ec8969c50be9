#include "ui/LegalFilesTab.h"

#include "app/Labels.h"
#include "app/Workspace.h"
#include "ui/LegalFileDialog.h"
#include "app/RecoveryLabels.h"
#include "ui/RecoveryFormat.h"
#include "ui/RecoverySession.h"
#include "ui/SalesWidgets.h"

#include <QBrush>
#include <QColor>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace pc::ui {

using app::LegalFileView;
using app::PrescriptionWarning;
using receivables::LegalDeadline;
using receivables::LegalFileKind;

namespace {

const QColor kRed(0xc0, 0x39, 0x2b);
// A deadline this close is shown in red: it takes days to have a bailiff act.
constexpr int kUrgentDays = 15;

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

// The first deadline still ahead on `asOf`.
const LegalDeadline* nextDeadline(const LegalFileView& file, core::Date asOf)
{
    const LegalDeadline* next = nullptr;
    for (const LegalDeadline& d : file.deadlines)
        if (d.date >= asOf && (!next || d.date < next->date))
            next = &d;
    return next;
}

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

LegalFilesTab::LegalFilesTab(RecoverySession& session, QWidget* parent)
    : RecoveryTab(session, parent),
      m_files(new RecordTableModel<LegalFileView>(
          {{tr("Ouvert le"), [](const LegalFileView& f) { return app::Labels::date(f.record.openedOn); }},
           {tr("Client"), [](const LegalFileView& f) { return QString::fromStdString(f.name); }},
           {tr("SIREN"), [](const LegalFileView& f) { return RecoveryFormat::siren(f.siren); }},
           {tr("Procédure"), [](const LegalFileView& f) { return app::RecoveryLabels::legalKind(f.record.kind); }},
           {tr("État"), [](const LegalFileView& f) { return app::RecoveryLabels::legalStatus(f.record.status); }},
           {tr("Principal"), [](const LegalFileView& f) { return app::Labels::money(f.record.principal); }},
           {tr("Pénalités"), [](const LegalFileView& f) { return app::Labels::money(f.record.penalties); }},
           {tr("Indemnité"), [](const LegalFileView& f) { return app::Labels::money(f.record.indemnity); }},
           {tr("Tribunal ou organisme"),
            [](const LegalFileView& f) {
                return QString::fromStdString(f.record.court.empty() ? f.record.counterpart : f.record.court);
            }},
           {tr("Prochaine échéance"),
            [&session](const LegalFileView& f) {
                const LegalDeadline* next = nextDeadline(f, session.asOf());
                return next ? tr("%1 le %2").arg(app::RecoveryLabels::deadline(next->code), app::Labels::date(next->date))
                            : QString();
            }}},
          this)),
      m_deadlines(new RecordTableModel<LegalDeadline>(
          {{tr("Échéance"), [](const LegalDeadline& d) { return app::RecoveryLabels::deadline(d.code); }},
           {tr("Date limite"), [](const LegalDeadline& d) { return app::Labels::date(d.date); }},
           {tr("Dans"),
            [&session](const LegalDeadline& d) {
                const int days = session.asOf().daysUntil(d.date);
                return days < 0 ? tr("passée") : tr("%n jour(s)", nullptr, days);
            }},
           {tr("Texte"), [](const LegalDeadline& d) { return QString::fromStdString(d.basis); }}},
          this)),
      m_warnings(new RecordTableModel<PrescriptionWarning>(
          {{tr("Client"), [](const PrescriptionWarning& w) { return QString::fromStdString(w.name); }},
           {tr("SIREN"), [](const PrescriptionWarning& w) { return RecoveryFormat::siren(w.siren); }},
           {tr("Pièce"), [](const PrescriptionWarning& w) { return QString::fromStdString(w.piece); }},
           {tr("Échue le"), [](const PrescriptionWarning& w) { return app::Labels::date(w.dueDate); }},
           {tr("Prescrite le"), [](const PrescriptionWarning& w) { return app::Labels::date(w.prescribedOn); }},
           {tr("Reste dû"), [](const PrescriptionWarning& w) { return app::Labels::money(w.open); }}},
          this))
{
    setObjectName(QStringLiteral("legalFilesTab"));
    m_files->setRoleProvider([&session](const LegalFileView& f, int column, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole && column >= 5 && column <= 7)
            return rightAligned();
        const LegalDeadline* next = column == 9 ? nextDeadline(f, session.asOf()) : nullptr;
        if (role == Qt::ForegroundRole && next && session.asOf().daysUntil(next->date) <= kUrgentDays)
            return QBrush(kRed);
        if (role == Qt::ToolTipRole && column == 4 && !f.record.note.empty())
            return QString::fromStdString(f.record.note);
        if (role == Qt::ToolTipRole && column == 8)
            return QString::fromStdString(f.record.court.empty() ? f.record.counterpart : f.record.court);
        return {};
    });
    m_deadlines->setRoleProvider([&session](const LegalDeadline& d, int column, int role) -> QVariant {
        if (role == Qt::ForegroundRole && session.asOf().daysUntil(d.date) <= kUrgentDays)
            return QBrush(kRed);
        return role == Qt::TextAlignmentRole && column == 2 ? rightAligned() : QVariant();
    });
    m_warnings->setRoleProvider([](const PrescriptionWarning&, int column, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole && column == 5)
            return rightAligned();
        if (role == Qt::ForegroundRole && column == 4)
            return QBrush(kRed);
        return {};
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeActions());
    layout->addWidget(makeFilesBox(), 2);
    layout->addWidget(makeWarningsBox(), 1);
    connect(&session, &RecoverySession::clientChanged, this, &LegalFilesTab::updateButtons);
    updateButtons();
}

QWidget* LegalFilesTab::makeActions()
{
    auto* row = new QWidget(this);
    m_client = new QLabel(row);
    m_client->setObjectName(QStringLiteral("legalClientLabel"));
    m_client->setTextFormat(Qt::RichText);
    QPushButton* injonction = button(tr("Préparer l'injonction de pa&yer"), "prepareInjonctionButton", row);
    injonction->setToolTip(tr("Écrit la requête (cerfa) avec les factures, les pénalités et le tribunal compétent"));
    QPushButton* agency = button(tr("Confier à un &organisme…"), "handOverButton", row);
    agency->setToolTip(tr("Transmet les pièces échues et l'historique des relances à un organisme de recouvrement"));
    QPushButton* attachment = button(tr("&Saisie conservatoire…"), "attachmentButton", row);
    QPushButton* claim = button(tr("Déclarer la c&réance…"), "claimButton", row);
    claim->setToolTip(tr("Client en procédure collective : déclarer la créance au mandataire judiciaire"));
    m_clientButtons = {injonction, agency, attachment, claim};
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_client, 1);
    for (QPushButton* b : m_clientButtons)
        layout->addWidget(b);
    connect(injonction, &QPushButton::clicked, this, &LegalFilesTab::prepareInjonction);
    connect(agency, &QPushButton::clicked, this, &LegalFilesTab::askAgency);
    connect(attachment, &QPushButton::clicked, this, [this] { askFile(LegalFileKind::ProtectiveAttachment); });
    connect(claim, &QPushButton::clicked, this, [this] { askFile(LegalFileKind::ClaimDeclaration); });
    return row;
}

QWidget* LegalFilesTab::makeFilesBox()
{
    auto* box = new QGroupBox(tr("Dossiers contentieux"), this);
    m_filesView = makeDocumentView(m_files, "legalFilesView", box);
    // The court's name is the long one: it gives way (elided) so that the deadline shows.
    m_filesView->horizontalHeader()->setStretchLastSection(false);
    m_filesView->horizontalHeader()->setSectionResizeMode(8, QHeaderView::Stretch);
    m_deadlinesView = makeDocumentView(m_deadlines, "legalDeadlinesView", box);
    m_deadlinesView->setSelectionMode(QAbstractItemView::NoSelection);
    m_deadlinesView->setFocusPolicy(Qt::NoFocus);
    m_update = button(tr("Mettre à &jour…"), "updateLegalFileButton", box);
    m_open = button(tr("Ouvrir le docume&nt"), "openLegalDocumentButton", box);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_update);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_deadlinesView, 1);
    bottom->addLayout(buttons);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_filesView, 1);
    layout->addLayout(bottom);
    connect(m_filesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDeadlines();
        updateButtons();
        if (const LegalFileView* file = selected())
            session().setClient(file->record.companyId);
    });
    connect(m_filesView, &QTableView::activated, this, &LegalFilesTab::updateSelected);
    connect(m_update, &QPushButton::clicked, this, &LegalFilesTab::updateSelected);
    connect(m_open, &QPushButton::clicked, this, &LegalFilesTab::openSelectedDocument);
    return box;
}

QWidget* LegalFilesTab::makeWarningsBox()
{
    auto* box = new QGroupBox(tr("Prescription"), this);
    m_warningsTitle = makeHintLabel(box);
    m_warningsTitle->setObjectName(QStringLiteral("prescriptionTitle"));
    QTableView* view = makeDocumentView(m_warnings, "prescriptionView", box);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_warningsTitle);
    layout->addWidget(view, 1);
    connect(view, &QTableView::activated, this, [this](const QModelIndex& index) {
        session().setClient(m_warnings->records()[static_cast<std::size_t>(index.row())].companyId);
    });
    return box;
}

void LegalFilesTab::refresh()
{
    const int row = selectedRow(m_filesView);
    app::LegalFileService service(session().workspace());
    m_files->setRecords(service.files(std::nullopt));
    m_warnings->setRecords(service.prescriptionWarnings(session().asOf()));
    if (row >= 0 && row < m_files->rowCount())
        m_filesView->selectRow(row);
    m_warningsTitle->setText(m_warnings->rowCount() == 0
                                 ? tr("Aucune facture ouverte n'approche de sa prescription (5 ans après l'échéance, "
                                      "C. com. L110-4).")
                                 : tr("%n facture(s) ouverte(s) approchent de leur prescription (5 ans après "
                                      "l'échéance, C. com. L110-4) : agissez avant la date indiquée.",
                                      nullptr, m_warnings->rowCount()));
    showDeadlines();
    updateButtons();
}

const LegalFileView* LegalFilesTab::selected() const
{
    const int row = selectedRow(m_filesView);
    return row < 0 ? nullptr : &m_files->records()[static_cast<std::size_t>(row)];
}

void LegalFilesTab::showDeadlines()
{
    const LegalFileView* file = selected();
    m_deadlines->setRecords(file ? file->deadlines : std::vector<LegalDeadline>{});
    const int rowHeight = m_deadlinesView->verticalHeader()->defaultSectionSize();
    m_deadlinesView->setFixedHeight(m_deadlinesView->horizontalHeader()->sizeHint().height() + 3 * rowHeight
                                    + 2 * m_deadlinesView->frameWidth());
}

void LegalFilesTab::updateButtons()
{
    const std::optional<qint64> client = session().client();
    m_client->setText(client ? tr("Client : <b>%1</b>").arg(session().clientName(*client).toHtmlEscaped())
                             : tr("<i>Choisissez un client dans le plan du jour ou par la recherche.</i>"));
    for (QPushButton* b : m_clientButtons)
        b->setEnabled(client.has_value());
    const LegalFileView* file = selected();
    m_update->setEnabled(file != nullptr);
    m_open->setEnabled(file && !file->record.document.empty());
}

QString LegalFilesTab::outputPath(const QString& prefix, const QString& extension)
{
    QDir().mkpath(session().outputFolder());
    return QDir(session().outputFolder())
        .filePath(QStringLiteral("%1_%2_%3.%4")
                      .arg(prefix, session().clientKey(*session().client()),
                           QString::fromStdString(session().asOf().toIso()), extension));
}

void LegalFilesTab::prepared(const app::PreparedFile& file, const QString& what)
{
    emit statusMessage(tr("%1 : %2 réclamés (dont %3 de pénalités et %4 d'indemnité), écrit dans %5.")
                           .arg(what, app::Labels::money(file.principal + file.penalties + file.indemnity),
                                app::Labels::money(file.penalties), app::Labels::money(file.indemnity),
                                QDir::toNativeSeparators(file.document)));
}

bool LegalFilesTab::prepareInjonction()
{
    if (!session().client())
        return false;
    auto file = app::LegalFileService(session().workspace())
                    .prepareInjonction(session().clientKey(*session().client()), session().asOf(),
                                       outputPath(QStringLiteral("injonction"), QStringLiteral("pdf")));
    if (!file) {
        showError(tr("Requête non préparée"), file.error());
        return false;
    }
    prepared(*file, tr("Requête en injonction de payer pour le %1").arg(QString::fromStdString(file->court.label)));
    return true;
}

void LegalFilesTab::askAgency()
{
    bool ok = false;
    const QString agency = QInputDialog::getText(this, tr("Confier à un organisme de recouvrement"),
                                                 tr("Organisme de recouvrement :"), QLineEdit::Normal, QString(), &ok)
                               .trimmed();
    if (ok && !agency.isEmpty())
        handOverToAgency(agency);
}

bool LegalFilesTab::handOverToAgency(const QString& agency)
{
    if (!session().client())
        return false;
    auto file = app::LegalFileService(session().workspace())
                    .handOverToAgency(session().clientKey(*session().client()), agency.toStdString(), session().asOf(),
                                      outputPath(QStringLiteral("recouvrement"), QStringLiteral("json")));
    if (!file) {
        showError(tr("Dossier non transmis"), file.error());
        return false;
    }
    prepared(*file, tr("Dossier pour %1").arg(agency));
    return true;
}

void LegalFilesTab::askFile(LegalFileKind kind)
{
    bool ok = false;
    const QString note = QInputDialog::getText(this, app::RecoveryLabels::legalKind(kind),
                                               kind == LegalFileKind::ClaimDeclaration
                                                   ? tr("Mandataire judiciaire, référence de la procédure :")
                                                   : tr("Commissaire de justice, ce qui est saisi :"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        openFile(kind, note.trimmed());
}

bool LegalFilesTab::openFile(LegalFileKind kind, const QString& note)
{
    if (!session().client())
        return false;
    auto id = app::LegalFileService(session().workspace())
                  .openFile(session().clientKey(*session().client()), kind, session().asOf(), note.toStdString());
    if (!id) {
        showError(tr("Dossier non ouvert"), id.error());
        return false;
    }
    emit statusMessage(tr("%1 ouverte : les relances du client sont suspendues.").arg(app::RecoveryLabels::legalKind(kind)));
    return true;
}

void LegalFilesTab::updateSelected()
{
    const LegalFileView* file = selected();
    if (!file)
        return;
    LegalFileDialog dialog(session().workspace(), *file, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Dossier mis à jour."));
}

void LegalFilesTab::openSelectedDocument()
{
    const LegalFileView* file = selected();
    if (!file || file->record.document.empty())
        return;
    const QString path = QString::fromStdString(file->record.document);
    if (!QFileInfo::exists(path)) {
        showError(tr("Document introuvable"), tr("%1 n'existe plus : il a été déplacé ou supprimé.").arg(path));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace pc::ui
