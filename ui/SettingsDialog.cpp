#include "ui/SettingsDialog.h"

#include "app/DataPaths.h"
#include "app/ErrorText.h"
#include "app/Settings.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pc::ui {

SettingsDialog::SettingsDialog(const app::Settings& settings, QWidget* parent)
    : QDialog(parent),
      m_settings(settings),
      m_language(new QComboBox(this)),
      m_userName(new QLineEdit(this)),
      m_kbisAge(new QSpinBox(this)),
      m_database(new QLineEdit(this))
{
    setWindowTitle(tr("Paramètres"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language.get())));
    m_userName->setText(settings.userName.get());
    m_userName->setPlaceholderText(tr("par défaut : l'identifiant de session"));
    m_kbisAge->setRange(1, 365);
    m_kbisAge->setSuffix(tr(" jours"));
    m_kbisAge->setValue(settings.kbisMaxAgeDays.get());
    m_database->setText(settings.database.get());
    m_database->setPlaceholderText(app::DataPaths::defaultDatabase());

    auto* browse = new QPushButton(tr("Parcourir…"), this);
    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Langue"), m_language);
    form->addRow(tr("Nom dans le journal d'audit"), m_userName);
    form->addRow(tr("Âge maximal du Kbis à l'ouverture"), m_kbisAge);
    form->addRow(tr("Base de données"), databaseRow);
    auto* hint = new QLabel(tr("Un fichier SQLite, ou un serveur partagé : postgresql://utilisateur@serveur:5432/base. "
                               "La langue et la base changent au prochain démarrage."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Base de données"), m_database->text(),
                                                          tr("Bases PosteClient (*.db)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_database->setText(path);
    });
}

void SettingsDialog::accept()
{
    const QString database = m_database->text().trimmed();
    if (!database.isEmpty()) {
        auto location = store::DatabaseLocation::parse(database);
        if (!location) {
            QMessageBox::warning(this, windowTitle(), app::ErrorText::describe(location.error()));
            return;
        }
    }
    m_settings.language.set(m_language->currentData().toString());
    m_settings.userName.set(m_userName->text().trimmed());
    m_settings.kbisMaxAgeDays.set(m_kbisAge->value());
    m_settings.database.set(database);
    QDialog::accept();
}

} // namespace pc::ui
