#include "ui/ClientSearchBox.h"

#include "app/ClientSearchModel.h"
#include "app/ClientService.h"
#include "app/ErrorText.h"
#include "app/Workspace.h"

#include <QAbstractItemView>
#include <QCompleter>

namespace pc::ui {

ClientSearchBox::ClientSearchBox(app::Workspace& workspace, QWidget* parent)
    : QLineEdit(parent),
      m_ws(workspace),
      m_model(new app::ClientSearchModel(
          [&workspace](const QString& text, int limit) { return app::ClientService(workspace).search(text, limit); },
          this))
{
    setObjectName(QStringLiteral("clientSearch"));
    setPlaceholderText(tr("Rechercher un client : SIREN, SIRET, compte ou nom (Ctrl+F)"));
    setClearButtonEnabled(true);
    setMinimumWidth(420);

    auto* completer = new QCompleter(m_model, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);

    connect(this, &QLineEdit::textEdited, m_model, &app::ClientSearchModel::setQuery);
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        const qint64 id = index.data(app::ClientSearchModel::IdRole).toLongLong();
        clear();
        emit clientChosen(id);
    });
    connect(this, &QLineEdit::returnPressed, this, &ClientSearchBox::openTyped);
}

void ClientSearchBox::openTyped()
{
    if (completer()->popup()->isVisible() || text().trimmed().isEmpty())
        return;
    // A single suggestion, or an exact identifier, opens at once.
    if (m_model->rowCount() == 1) {
        const qint64 id = m_model->clientId(0);
        clear();
        emit clientChosen(id);
        return;
    }
    auto found = app::ClientService(m_ws).find(text());
    if (!found) {
        emit notFound(app::ErrorText::message(found.error()));
        return;
    }
    clear();
    emit clientChosen(found->id);
}

} // namespace pc::ui
