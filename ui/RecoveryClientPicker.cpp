#include "ui/RecoveryClientPicker.h"

#include "app/ClientService.h"
#include "ui/ClientSearchBox.h"
#include "ui/RecoveryFormat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pc::ui {

RecoveryClientPicker::RecoveryClientPicker(app::Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_chosen(new QLabel(this)), m_search(new ClientSearchBox(workspace, this))
{
    m_chosen->setObjectName(QStringLiteral("pickedClientLabel"));
    m_chosen->setTextFormat(Qt::RichText);
    m_search->setObjectName(QStringLiteral("pickClientSearch"));
    m_search->setPlaceholderText(tr("Autre client : SIREN, SIRET, compte ou nom"));
    m_search->setMinimumWidth(320);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chosen);
    layout->addWidget(m_search);
    connect(m_search, &ClientSearchBox::clientChosen, this, [this](qint64 id) { setClient(id); });
    connect(m_search, &ClientSearchBox::notFound, m_chosen, [this](const QString& message) {
        m_chosen->setText(QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(message.toHtmlEscaped()));
    });
    setClient(std::nullopt);
}

void RecoveryClientPicker::setClient(std::optional<qint64> clientId)
{
    const auto file = clientId ? app::ClientService(m_ws).byId(*clientId) : std::nullopt;
    m_client = file ? std::optional<qint64>(file->id) : std::nullopt;
    m_key.clear();
    if (!file) {
        m_chosen->setText(tr("<i>Aucun client choisi</i>"));
    } else {
        m_key = QString::fromStdString(file->company.siren ? file->company.siren->str() : file->account.number);
        const QString siren = file->company.siren ? RecoveryFormat::siren(file->company.siren->str()) : tr("sans SIREN");
        m_chosen->setText(QStringLiteral("<b>%1</b> — %2").arg(QString::fromStdString(file->company.name).toHtmlEscaped(),
                                                              siren));
    }
    emit clientChanged();
}

} // namespace pc::ui
