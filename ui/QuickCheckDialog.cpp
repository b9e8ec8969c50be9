#include "ui/QuickCheckDialog.h"

#include "app/ClientSearchModel.h"
#include "app/ClientService.h"
#include "app/ErrorText.h"
#include "app/Workspace.h"
#include "ui/CheckDecisionView.h"
#include "ui/FieldFeedback.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pc::ui {

using core::Money;

namespace {

// Long enough not to check at every key, short enough to feel immediate.
constexpr int kDebounceMs = 350;

} // namespace

QuickCheckDialog::QuickCheckDialog(app::Workspace& workspace, QWidget* parent)
    : QDialog(parent),
      m_ws(workspace),
      m_suggestions(new app::ClientSearchModel(
          [&workspace](const QString& text, int limit) { return app::ClientService(workspace).search(text, limit); },
          this)),
      m_search(new QLineEdit(this)),
      m_amount(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_view(new CheckDecisionView(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("quickCheckDialog"));
    setWindowTitle(tr("Contrôle de crédit rapide"));
    m_search->setObjectName(QStringLiteral("quickCheckSearch"));
    m_search->setPlaceholderText(tr("SIREN, SIRET, n° de compte ou nom du client"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(380);
    m_amount->setObjectName(QStringLiteral("quickCheckAmount"));
    m_amount->setPlaceholderText(tr("0,00"));
    m_amount->setMaximumWidth(170);
    m_message->setObjectName(QStringLiteral("quickCheckMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#5d6d7e"));
    m_message->hide();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto* completer = new QCompleter(m_suggestions, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    m_search->setCompleter(completer);

    auto* form = new QGridLayout;
    auto* clientLabel = new QLabel(tr("&Client :"), this);
    clientLabel->setBuddy(m_search);
    auto* amountLabel = new QLabel(tr("&Montant TTC :"), this);
    amountLabel->setBuddy(m_amount);
    form->addWidget(clientLabel, 0, 0);
    form->addWidget(m_search, 0, 1);
    form->addWidget(amountLabel, 0, 2);
    form->addWidget(m_amount, 0, 3);
    form->setColumnStretch(1, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* run = buttons->addButton(tr("Vérifier"), QDialogButtonBox::ApplyRole);
    run->setObjectName(QStringLiteral("quickCheckButton"));
    run->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_view);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(720);

    connect(run, &QPushButton::clicked, this, &QuickCheckDialog::runCheck);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textEdited, this, &QuickCheckDialog::searchEdited);
    connect(m_amount, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &QuickCheckDialog::chooseSuggestion);
    connect(m_debounce, &QTimer::timeout, this, [this] { check(false); });
    m_search->setFocus();
}

void QuickCheckDialog::setQuery(const QString& text)
{
    m_search->setText(text);
    m_chosen.reset();
    m_suggestions->setQuery(text);
    runCheck();
}

bool QuickCheckDialog::runCheck()
{
    return check(true);
}

std::optional<risk::CheckDecision> QuickCheckDialog::decision() const
{
    return m_view->decision();
}

QString QuickCheckDialog::decisionText() const
{
    return m_view->findChild<QLabel*>(QStringLiteral("decisionBanner"))->text();
}

QString QuickCheckDialog::message() const
{
    return m_outcome ? QString() : m_message->text();
}

bool QuickCheckDialog::check(bool asked)
{
    m_debounce->stop();
    const std::optional<qint64> client = resolveClient(asked);
    const std::optional<Money> amount = client ? readAmount() : std::nullopt;
    if (!client || !amount) {
        m_outcome.reset();
        m_view->clear();
        return false;
    }
    auto outcome = app::CreditCheckService(m_ws).check(*client, *amount);
    if (!outcome) {
        showMessage(app::ErrorText::describe(outcome.error()));
        m_outcome.reset();
        m_view->clear();
        return false;
    }
    m_message->hide();
    m_outcome = *outcome;
    m_view->showOutcome(*m_outcome);
    return true;
}

std::optional<qint64> QuickCheckDialog::resolveClient(bool asked)
{
    if (m_chosen)
        return m_chosen;
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        showMessage(tr("Tapez le SIREN, le SIRET, le numéro de compte ou le nom du client."));
        return std::nullopt;
    }
    app::ClientService clients(m_ws);
    // An identifier names one client; words of a name may match several.
    if (auto found = clients.find(text))
        return found->id;
    const auto matches = clients.search(text, 20);
    if (matches.size() == 1)
        return matches.front().id;
    if (matches.empty()) {
        showMessage(tr("Aucun client ne correspond à « %1 ».").arg(text));
        return std::nullopt;
    }
    showMessage(tr("%n client(s) correspondent à « %1 » : choisissez-en un dans la liste.", nullptr,
                   static_cast<int>(matches.size()))
                    .arg(text));
    if (asked)
        m_search->completer()->complete();
    return std::nullopt;
}

std::optional<Money> QuickCheckDialog::readAmount()
{
    markValid(m_amount);
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return Money();
    const auto amount = Money::parse(text.toStdString());
    const QString problem = !amount ? app::ErrorText::message(amount.error())
        : amount->isNegative()      ? tr("un montant négatif n'a pas de sens ici")
                                    : QString();
    if (problem.isEmpty())
        return *amount;
    markInvalid(m_amount, problem);
    showMessage(tr("Montant TTC : %1").arg(problem));
    return std::nullopt;
}

void QuickCheckDialog::chooseSuggestion(const QModelIndex& index)
{
    m_chosen = index.data(app::ClientSearchModel::IdRole).toLongLong();
    check(true);
}

void QuickCheckDialog::searchEdited(const QString& text)
{
    m_chosen.reset();
    m_suggestions->setQuery(text);
    m_debounce->start();
}

void QuickCheckDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
}

} // namespace pc::ui
