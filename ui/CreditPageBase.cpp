#include "ui/CreditPageBase.h"

#include "app/CreditService.h"
#include "app/ErrorText.h"
#include "app/Workspace.h"
#include "ui/ClientHeader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pc::ui {

CreditPageBase::CreditPageBase(app::Workspace& workspace, QWidget* parent)
    : QWidget(parent),
      m_ws(workspace),
      m_header(new ClientHeader(this)),
      m_failure(new QLabel(this)),
      m_body(new QVBoxLayout),
      m_clientFree(new QVBoxLayout),
      m_content(new QWidget(this)),
      m_empty(new QLabel(ClientHeader::noClientHint(), this))
{
    m_failure->setObjectName(QStringLiteral("analysisFailureLabel"));
    m_failure->setStyleSheet(QStringLiteral("color:#c0392b"));
    m_failure->setWordWrap(true);
    m_failure->hide();
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_failure);
    contentLayout->addLayout(m_body, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(m_clientFree);
    m_content->hide();

    const auto changed = [this](qint64 id) {
        if (m_client == id)
            invalidate();
    };
    connect(&m_ws.notifier(), &app::ChangeNotifier::creditChanged, this, changed);
    connect(&m_ws.notifier(), &app::ChangeNotifier::clientChanged, this, changed);
    connect(&m_ws.notifier(), &app::ChangeNotifier::salesChanged, this, changed);
    connect(&m_ws.notifier(), &app::ChangeNotifier::clientsReset, this, &CreditPageBase::invalidate);
    // Imports, automatic lettering and undoing a lettering change many ledgers at once.
    connect(&m_ws.notifier(), &app::ChangeNotifier::ledgerChanged, this, &CreditPageBase::invalidate);
}

CreditPageBase::~CreditPageBase() = default;

void CreditPageBase::setClient(std::optional<qint64> clientId)
{
    if (clientId != m_client)
        clientChanging();
    m_client = clientId;
    invalidate();
}

void CreditPageBase::invalidate()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void CreditPageBase::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CreditPageBase::refresh()
{
    m_stale = false;
    m_content->setVisible(m_client.has_value());
    m_empty->setVisible(!m_client.has_value());
    if (!m_client)
        return;
    const auto analysis = app::CreditService(m_ws).analyze(*m_client);
    m_failure->setVisible(!analysis.ok());
    if (!analysis) {
        m_header->showClient(nullptr);
        m_failure->setText(tr("Analyse impossible : %1").arg(app::ErrorText::describe(analysis.error())));
        return;
    }
    m_header->showClient(&analysis->client);
    showAnalysis(*analysis);
}

} // namespace pc::ui
