#include "ui/ClientHeader.h"

#include "app/Labels.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pc::ui {

ClientHeader::ClientHeader(QWidget* parent) : QWidget(parent), m_title(new QLabel(this)), m_subtitle(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("clientTitle"));
    m_subtitle->setObjectName(QStringLiteral("clientSubtitle"));
    m_subtitle->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
}

QString ClientHeader::noClientHint()
{
    return tr("Choisissez un client : tapez son SIREN, son SIRET ou son nom dans la recherche (Ctrl+F), ou "
              "ouvrez-le depuis le portefeuille.");
}

void ClientHeader::showClient(const core::ClientFile* file)
{
    if (!file) {
        m_title->clear();
        m_subtitle->clear();
        return;
    }
    const core::ClientFile& f = *file;
    m_title->setText(QString::fromStdString(f.company.name));
    QStringList parts;
    parts << (f.company.siren ? tr("SIREN %1").arg(QString::fromStdString(f.company.siren->formatted()))
                              : tr("SIREN à compléter"));
    parts << tr("compte %1").arg(QString::fromStdString(f.account.number));
    const bool alarming = f.account.status == core::AccountStatus::Blocked || f.account.status == core::AccountStatus::Closed;
    const QString color = f.account.status == core::AccountStatus::Active ? QStringLiteral("#1e8449")
        : alarming                                                       ? QStringLiteral("#c0392b")
                                                                         : QStringLiteral("#b9770e");
    parts << QStringLiteral("<b style='color:%1'>%2</b>").arg(color, app::Labels::accountStatus(f.account.status));
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace pc::ui
