#include "ui/StatementTableModel.h"

#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/StatementService.h"
#include "risk/LiasseCodeTable.h"
#include "risk/StatementCheck.h"
#include "ui/FieldFeedback.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace pc::ui {

namespace {

QString sourceName(const std::string& source)
{
    if (source.rfind("import:", 0) == 0)
        return StatementTableModel::tr("import de %1").arg(QString::fromStdString(source.substr(7)));
    if (source == "manual")
        return StatementTableModel::tr("saisie");
    if (source == "demo")
        return StatementTableModel::tr("démonstration");
    return QString::fromStdString(source);
}

QFont boldFont()
{
    QFont font;
    font.setBold(true);
    return font;
}

} // namespace

StatementTableModel::StatementTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    rebuild();
}

StatementTableModel::~StatementTableModel() = default;

QString StatementTableModel::regimeName(risk::Regime regime)
{
    return regime == risk::Regime::Normal ? tr("régime normal (2050 à 2053)") : tr("régime simplifié (2033)");
}

QString StatementTableModel::formTitle(const std::string& form)
{
    if (form == "2050")
        return tr("2050 — Bilan actif");
    if (form == "2051")
        return tr("2051 — Bilan passif");
    if (form == "2052")
        return tr("2052 — Compte de résultat de l'exercice");
    if (form == "2053")
        return tr("2053 — Compte de résultat (suite)");
    if (form == "2057")
        return tr("2057 — État des échéances des créances et des dettes (extrait)");
    if (form == "2033-A")
        return tr("2033-A — Bilan simplifié");
    if (form == "2033-B")
        return tr("2033-B — Compte de résultat simplifié");
    return QString::fromStdString(form);
}

void StatementTableModel::setStatements(std::vector<risk::FinancialStatement> statements)
{
    std::sort(statements.begin(), statements.end(),
              [](const auto& a, const auto& b) { return a.closingDate > b.closingDate; });
    m_held = std::move(statements);
    rebuild();
}

void StatementTableModel::startDraft(risk::FinancialStatement draft)
{
    m_draft = std::move(draft);
    rebuild();
}

void StatementTableModel::clearDraft()
{
    m_draft.reset();
    rebuild();
}

risk::Regime StatementTableModel::rowsRegime() const
{
    return m_draft ? m_draft->regime : risk::Regime::Normal;
}

void StatementTableModel::rebuild()
{
    beginResetModel();
    const risk::LiasseCodeTable& table = app::liasseCodes();
    const risk::Regime regime = rowsRegime();
    m_rows.clear();
    for (const risk::LiasseCode* code : table.all(regime)) {
        // After the first line, the last row is always a line: titles are followed by one.
        if (m_rows.empty() || m_rows.back().code->form != code->form)
            m_rows.push_back({code->form, nullptr});
        m_rows.push_back({{}, code});
    }
    m_years.clear();
    for (const risk::FinancialStatement& s : m_held) {
        if (regime == risk::Regime::Normal)
            m_years.push_back({&s, risk::toNormalCodes(s, table)});
        else if (s.regime == regime)
            m_years.push_back({&s, s});
    }
    endResetModel();
}

bool StatementTableModel::isFormRow(int row) const
{
    return row >= 0 && row < rowCount() && m_rows[static_cast<std::size_t>(row)].code == nullptr;
}

int StatementTableModel::rowOf(const std::string& code) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&](const Row& r) { return r.code && r.code->code == code; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

bool StatementTableModel::hasAmount(int row) const
{
    if (isFormRow(row) || row < 0 || row >= rowCount())
        return false;
    const std::string& code = m_rows[static_cast<std::size_t>(row)].code->code;
    for (int column = FirstAmountColumn; column < columnCount(); ++column) {
        if (shownAt(column)->has(code))
            return true;
    }
    return false;
}

const risk::FinancialStatement* StatementTableModel::statementAt(int column) const
{
    const int index = column - FirstAmountColumn - (m_draft ? 1 : 0);
    if (index < 0 || index >= static_cast<int>(m_years.size()))
        return nullptr;
    return m_years[static_cast<std::size_t>(index)].stored;
}

const risk::FinancialStatement* StatementTableModel::shownAt(int column) const
{
    if (column == draftColumn())
        return &*m_draft;
    const int index = column - FirstAmountColumn - (m_draft ? 1 : 0);
    if (index < 0 || index >= static_cast<int>(m_years.size()))
        return nullptr;
    return &m_years[static_cast<std::size_t>(index)].shown;
}

int StatementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StatementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstAmountColumn + (m_draft ? 1 : 0) + static_cast<int>(m_years.size());
}

QVariant StatementTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (!row.code) {
        if (role == Qt::FontRole)
            return boldFont();
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xe8, 0xee, 0xf5));
        return role == Qt::DisplayRole && index.column() == CodeColumn ? formTitle(row.form) : QVariant();
    }
    const risk::LiasseCode& code = *row.code;
    if (role == Qt::FontRole && !code.totalOf.empty())
        return boldFont();
    switch (index.column()) {
    case CodeColumn: return role == Qt::DisplayRole ? QString::fromStdString(code.code) : QVariant();
    case LabelColumn:
        if (role == Qt::DisplayRole)
            return QString::fromStdString(code.label);
        if (role == Qt::ToolTipRole)
            return code.required ? tr("%1\nLigne obligatoire").arg(QString::fromStdString(code.label))
                                 : QString::fromStdString(code.label);
        return {};
    default: break;
    }
    const risk::FinancialStatement* statement = shownAt(index.column());
    return statement ? amountData(*statement, code, role, index.column() == draftColumn()) : QVariant();
}

QVariant StatementTableModel::amountData(const risk::FinancialStatement& statement, const risk::LiasseCode& code,
                                         int role, bool editable) const
{
    const auto amount = statement.line(code.code);
    switch (role) {
    case Qt::DisplayRole: return amount ? app::Labels::money(*amount) : QString();
    case Qt::EditRole: return amount ? moneyEditText(*amount) : QString();
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: return editable ? QVariant(QBrush(QColor(0xff, 0xf8, 0xe1))) : QVariant();
    case Qt::ForegroundRole:
        return amount && amount->isNegative() ? QVariant(QBrush(QColor(0xc0, 0x39, 0x2b))) : QVariant();
    default: return {};
    }
}

QVariant StatementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == CodeColumn)
        return role == Qt::DisplayRole ? tr("Code") : QVariant();
    if (section == LabelColumn)
        return role == Qt::DisplayRole ? tr("Libellé") : QVariant();
    return yearHeader(section, role);
}

QVariant StatementTableModel::yearHeader(int column, int role) const
{
    const risk::FinancialStatement* shown = shownAt(column);
    if (!shown)
        return {};
    const bool isDraft = column == draftColumn();
    if (role == Qt::DisplayRole)
        return isDraft ? tr("Saisie %1").arg(shown->fiscalYear()) : tr("Exercice %1").arg(shown->fiscalYear());
    if (role == Qt::ToolTipRole) {
        const risk::FinancialStatement& s = isDraft ? *m_draft : *statementAt(column);
        QString tip = tr("Clos le %1, %n mois, %2", nullptr, s.months)
                          .arg(app::Labels::date(s.closingDate), regimeName(s.regime));
        if (!isDraft)
            tip += tr(" ; origine : %1").arg(sourceName(s.source));
        if (s.regime != shown->regime)
            tip += tr("\nMontants convertis sur les lignes du régime normal.");
        return tip;
    }
    if (role == Qt::FontRole && isDraft)
        return boldFont();
    return {};
}

Qt::ItemFlags StatementTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isFormRow(index.row()))
        return Qt::ItemIsEnabled;
    if (index.column() == draftColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

bool StatementTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const std::string& code = m_rows[static_cast<std::size_t>(index.row())].code->code;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        m_draft->lines.erase(code);
    } else {
        const auto amount = core::Money::parse(text.toStdString());
        if (!amount) {
            core::Error error = amount.error();
            emit amountRefused(app::ErrorText::describe(error.inField(code)));
            return false;
        }
        m_draft->lines[code] = *amount;
    }
    emit dataChanged(index, index);
    emit draftEdited();
    return true;
}

} // namespace pc::ui
