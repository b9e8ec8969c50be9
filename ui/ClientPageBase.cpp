#include "ui/ClientPageBase.h"

#include "app/ClientEditCommand.h"
#include "app/ClientService.h"
#include "app/ErrorText.h"
#include "app/Workspace.h"
#include "ui/ClientHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pc::ui {

ClientPageBase::ClientPageBase(app::Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : QWidget(parent),
      m_ws(workspace),
      m_undo(undo),
      m_service(std::make_unique<app::ClientService>(workspace)),
      m_header(new ClientHeader(this)),
      m_problems(new QLabel(this)),
      m_revert(new QPushButton(tr("Annuler les modifications"), this)),
      m_save(new QPushButton(tr("Enregistrer"), this)),
      m_body(new QVBoxLayout),
      m_content(new QWidget(this)),
      m_empty(new QLabel(ClientHeader::noClientHint(), this))
{
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setStyleSheet(QStringLiteral("color:#c0392b"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_header);
    contentLayout->addLayout(m_body, 1);
    contentLayout->addWidget(m_problems);
    contentLayout->addLayout(bar);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_content);
    layout->addWidget(m_empty);
    m_content->hide();

    connect(m_save, &QPushButton::clicked, this, &ClientPageBase::save);
    connect(m_revert, &QPushButton::clicked, this, &ClientPageBase::revert);
    connect(&m_ws.notifier(), &app::ChangeNotifier::clientChanged, this, [this](qint64 id) {
        if (m_stored && m_stored->id == id && !m_dirty)
            reload();
    });
}

ClientPageBase::~ClientPageBase() = default;

void ClientPageBase::setClient(std::optional<qint64> clientId)
{
    m_stored = clientId ? m_service->byId(*clientId) : std::nullopt;
    m_content->setVisible(m_stored.has_value());
    m_empty->setVisible(!m_stored.has_value());
    reload();
}

std::optional<qint64> ClientPageBase::clientId() const
{
    return m_stored ? std::optional<qint64>(m_stored->id) : std::nullopt;
}

void ClientPageBase::reload()
{
    if (m_stored)
        m_stored = m_service->byId(m_stored->id);
    m_loading = true;
    if (m_stored)
        loadForms(*m_stored);
    m_loading = false;
    m_dirty = false;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    showProblems({});
    m_header->showClient(m_stored ? &*m_stored : nullptr);
    clientLoaded();
}

void ClientPageBase::revert()
{
    reload();
}

void ClientPageBase::markDirty()
{
    if (m_loading || !m_stored)
        return;
    m_dirty = true;
    m_save->setEnabled(true);
    m_revert->setEnabled(true);
}

core::ClientFile ClientPageBase::draft() const
{
    core::ClientFile file = m_stored ? *m_stored : core::ClientFile{};
    FormErrors ignored;
    applyForms(file, ignored);
    return file;
}

void ClientPageBase::showProblems(const QStringList& problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

bool ClientPageBase::save()
{
    if (!m_stored)
        return false;
    if (!m_dirty)
        return true;
    FormErrors errors;
    core::ClientFile edited = *m_stored;
    applyForms(edited, errors);
    if (!errors.empty()) {
        showProblems(errors.messages());
        if (errors.firstField())
            errors.firstField()->setFocus();
        return false;
    }
    const core::ClientFile before = *m_stored;
    if (auto status = m_service->update(edited); !status) {
        showProblems({app::ErrorText::describe(status.error())});
        return false;
    }
    auto after = m_service->byId(before.id);
    auto* command = new app::ClientEditCommand(
        *m_service, before, after ? *after : edited,
        [this](const core::Error& error) { emit statusMessage(app::ErrorText::describe(error)); },
        tr("Modification de %1").arg(QString::fromStdString(before.company.name)));
    m_undo.push(command);
    m_dirty = false;
    reload();
    emit statusMessage(tr("Fiche de %1 enregistrée").arg(QString::fromStdString(before.company.name)));
    return true;
}

} // namespace pc::ui
