#include "ui/RecoveryPage.h"

#include "app/Clock.h"
#include "app/Workspace.h"
#include "ui/DisputesTab.h"
#include "ui/DunningWorklistTab.h"
#include "ui/FieldFeedback.h"
#include "ui/LegalFilesTab.h"
#include "ui/PromisesTab.h"
#include "ui/RecoveryClientTab.h"
#include "ui/RecoverySession.h"
#include "ui/TemplateEditorTab.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pc::ui {

RecoveryPage::RecoveryPage(app::Workspace& workspace, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent),
      m_session(new RecoverySession(workspace, this)),
      m_tabs(new QTabWidget(this)),
      m_worklist(new DunningWorklistTab(*m_session, m_tabs)),
      m_client(new RecoveryClientTab(*m_session, m_tabs)),
      m_disputes(new DisputesTab(*m_session, m_tabs)),
      m_promises(new PromisesTab(*m_session, m_tabs)),
      m_templates(new TemplateEditorTab(*m_session, undoStack, m_tabs)),
      m_legal(new LegalFilesTab(*m_session, m_tabs))
{
    setObjectName(QStringLiteral("recoveryPage"));
    m_tabs->setObjectName(QStringLiteral("recoveryTabs"));
    m_tabs->addTab(m_worklist, tr("&Plan du jour"));
    m_tabs->addTab(m_client, tr("Cl&ient"));
    m_tabs->addTab(m_disputes, tr("&Litiges"));
    m_tabs->addTab(m_promises, tr("Pro&messes"));
    m_tabs->addTab(m_templates, tr("&Documents"));
    m_tabs->addTab(m_legal, tr("Con&tentieux"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeTopBar());
    layout->addWidget(m_tabs, 1);

    for (RecoveryTab* tab : tabs())
        connect(tab, &RecoveryTab::statusMessage, this, &RecoveryPage::statusMessage);
    connect(m_client, &RecoveryClientTab::ledgerRequested, this, &RecoveryPage::ledgerRequested);

    app::ChangeNotifier& notifier = workspace.notifier();
    // Dunning, promises, disputes and legal files tell salesChanged of their client;
    // payments and lettering change what is overdue.
    connect(&notifier, &app::ChangeNotifier::salesChanged, this, &RecoveryPage::invalidateAll);
    connect(&notifier, &app::ChangeNotifier::ledgerChanged, this, &RecoveryPage::invalidateAll);
    const auto clientsChanged = [this] {
        m_session->forgetClients();
        invalidateAll();
    };
    connect(&notifier, &app::ChangeNotifier::clientsReset, this, clientsChanged);
    connect(&notifier, &app::ChangeNotifier::clientChanged, this, clientsChanged);
    connect(m_session, &RecoverySession::asOfChanged, this, &RecoveryPage::invalidateAll);
    connect(m_session, &RecoverySession::outputFolderChanged, this, &RecoveryPage::showFolder);
    connect(m_session, &RecoverySession::clientChanged, this, [this] {
        if (m_session->client())
            m_worklist->selectClient(*m_session->client());
        m_client->invalidate();
        m_templates->invalidate();
    });
}

RecoveryPage::~RecoveryPage() = default;

QWidget* RecoveryPage::makeTopBar()
{
    auto* bar = new QWidget(this);
    auto* title = new QLabel(tr("Relances et recouvrement"), bar);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    m_asOf = makeDateEdit(bar);
    m_asOf->setObjectName(QStringLiteral("recoveryAsOfEdit"));
    m_asOf->setDate(app::toQDate(m_session->asOf()));
    // Actions are recorded on the day shown: not on a day still to come.
    m_asOf->setMaximumDate(app::toQDate(m_session->workspace().clock().today()));
    m_asOf->setToolTip(tr("Le jour du plan de relance ; les actions confirmées portent cette date."));
    auto* asOfLabel = new QLabel(tr("A&u :"), bar);
    asOfLabel->setBuddy(m_asOf);
    m_folder = new QLabel(bar);
    m_folder->setObjectName(QStringLiteral("outputFolderLabel"));
    m_folder->setTextFormat(Qt::RichText);
    m_folder->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_folder->setToolTip(tr("Cliquez pour ouvrir le dossier des documents de relance"));
    auto* change = new QPushButton(tr("C&hanger…"), bar);
    change->setObjectName(QStringLiteral("chooseOutputFolderButton"));
    change->setToolTip(tr("Choisir le dossier où s'écrivent les lettres et e-mails de relance"));

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addSpacing(24);
    layout->addWidget(asOfLabel);
    layout->addWidget(m_asOf);
    layout->addStretch(1);
    layout->addWidget(m_folder);
    layout->addWidget(change);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this](QDate date) { m_session->setAsOf(app::fromQDate(date)); });
    connect(m_folder, &QLabel::linkActivated, this, [this] {
        QDir().mkpath(m_session->outputFolder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_session->outputFolder()));
    });
    connect(change, &QPushButton::clicked, this, &RecoveryPage::chooseFolder);
    showFolder();
    return bar;
}

void RecoveryPage::showFolder()
{
    const QString folder = QDir::toNativeSeparators(m_session->outputFolder());
    m_folder->setText(tr("Documents : <a href=\"open\">%1</a>").arg(folder.toHtmlEscaped()));
}

void RecoveryPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Dossier des documents de relance"),
                                                             m_session->outputFolder());
    if (folder.isEmpty())
        return;
    m_session->setOutputFolder(folder);
    m_session->rememberOutputFolder();
}

void RecoveryPage::setClient(std::optional<qint64> clientId)
{
    m_session->setClient(clientId);
}

void RecoveryPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

std::vector<RecoveryTab*> RecoveryPage::tabs() const
{
    return {m_worklist, m_client, m_disputes, m_promises, m_templates, m_legal};
}

void RecoveryPage::invalidateAll()
{
    for (RecoveryTab* tab : tabs())
        tab->invalidate();
}

} // namespace pc::ui
