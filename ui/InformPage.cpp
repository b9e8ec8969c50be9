#include "ui/InformPage.h"

#include "app/ClientService.h"
#include "app/Clock.h"
#include "app/CreditService.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/RiskLabels.h"
#include "app/Workspace.h"
#include "ui/FieldFeedback.h"
#include "ui/RatioTableModel.h"
#include "ui/StatementTableModel.h"
#include "ui/TrendChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

namespace pc::ui {

namespace {

// An import report lists at most this many errors in the box itself; all are in the details.
constexpr int kErrorsShown = 15;

QTableView* makeTable(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    return view;
}

std::optional<double> ratioNumber(const risk::YearRatios& year, const char* key, double scale)
{
    const risk::RatioValue* value = year.find(key);
    if (!value || !value->number())
        return std::nullopt;
    return *value->number() / scale;
}

TrendChart::Line lineOf(const std::vector<risk::YearRatios>& years, const QString& name, const char* key,
                        double scale = 1.0)
{
    TrendChart::Line line{name, {}};
    for (const risk::YearRatios& year : years)
        line.values.push_back(ratioNumber(year, key, scale));
    return line;
}

} // namespace

InformPage::InformPage(app::Workspace& workspace, QWidget* parent)
    : CreditPageBase(workspace, parent),
      m_statements(new StatementTableModel(this)),
      m_ratios(new RatioTableModel(this)),
      m_tabs(new QTabWidget(this)),
      m_summary(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("informSummary"));
    m_summary->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("informTabs"));
    m_tabs->addTab(makeAnalysisTab(), tr("Analyse financière"));
    m_tabs->addTab(makeStatementsTab(), tr("Liasses fiscales"));
    body()->addWidget(m_summary);
    body()->addWidget(m_tabs, 1);
    connect(&m_importWatcher, &QFutureWatcher<app::StatementImportReport>::finished, this,
            [this] { showImportReport(m_importWatcher.result()); });
}

InformPage::~InformPage()
{
    // The worker has its own connection, but its report must not reach a deleted page.
    m_importWatcher.waitForFinished();
}

QWidget* InformPage::makeAnalysisTab()
{
    auto* tab = new QWidget(this);
    m_ratioView = makeTable(m_ratios, "ratioView", tab);
    m_ratioView->setSelectionMode(QAbstractItemView::NoSelection);
    m_ratioView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ratioView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ratioView->horizontalHeader()->setSectionResizeMode(RatioTableModel::NameColumn, QHeaderView::Stretch);
    m_flags = new QLabel(tab);
    m_flags->setObjectName(QStringLiteral("flagsLabel"));
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::RichText);
    m_amountChart = new TrendChart(tr("Activité et structure financière"), tr("k€"), tab);
    m_amountChart->setObjectName(QStringLiteral("amountChart"));
    m_daysChart = new TrendChart(tr("BFR et délais de paiement"), tr("jours de chiffre d'affaires"), tab);
    m_daysChart->setObjectName(QStringLiteral("daysChart"));

    auto* table = new QWidget(tab);
    auto* tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_flags);
    tableLayout->addWidget(m_ratioView, 1);
    auto* charts = new QWidget(tab);
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_amountChart, 1);
    chartsLayout->addWidget(m_daysChart, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(table);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Sizes are weights here: the charts get 40 % of the width, whatever the window's.
    splitter->setSizes({600, 400});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    return tab;
}

QWidget* InformPage::makeStatementsTab()
{
    auto* tab = new QWidget(this);
    m_newYear = new QPushButton(tr("Nouvel exercice…"), tab);
    m_newYear->setObjectName(QStringLiteral("newYearButton"));
    m_editYear = new QPushButton(tr("Corriger l'exercice sélectionné"), tab);
    m_editYear->setObjectName(QStringLiteral("editYearButton"));
    m_importButton = new QPushButton(tr("Importer…"), tab);
    m_importButton->setObjectName(QStringLiteral("importStatementsButton"));
    m_importButton->setToolTip(tr("Liasses au format JSON ou CSV, un ou plusieurs exercices, d'un ou plusieurs clients"));
    m_discard = new QPushButton(tr("Abandonner la saisie"), tab);
    m_discard->setObjectName(QStringLiteral("discardYearButton"));
    m_saveYear = new QPushButton(tr("Enregistrer l'exercice"), tab);
    m_saveYear->setObjectName(QStringLiteral("saveYearButton"));
    m_saveYear->setDefault(true);
    m_filledOnly = new QCheckBox(tr("Lignes renseignées seulement"), tab);
    m_filledOnly->setObjectName(QStringLiteral("filledOnlyCheck"));
    m_filledOnly->setToolTip(tr("Pendant une saisie, toutes les lignes de la liasse restent affichées."));
    m_filledOnly->setChecked(true);
    m_statementView = makeTable(m_statements, "statementView", tab);
    m_statementView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statementView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed);
    m_problems = new QLabel(tab);
    m_problems->setObjectName(QStringLiteral("statementProblemsLabel"));
    m_problems->setStyleSheet(QStringLiteral("color:#c0392b"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    m_entryHint = new QLabel(tr("Tapez les montants dans la colonne de saisie, en euros. Une ligne laissée vide est "
                                "inconnue, pas nulle : ne remplissez que les lignes de la liasse."),
                             tab);
    m_entryHint->setStyleSheet(QStringLiteral("color:#5d6d7e"));
    m_entryHint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newYear);
    buttons->addWidget(m_editYear);
    buttons->addWidget(m_importButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_filledOnly);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_saveYear);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_entryHint);
    layout->addWidget(m_statementView, 1);
    layout->addWidget(m_problems);

    connect(m_newYear, &QPushButton::clicked, this, &InformPage::askNewYear);
    connect(m_editYear, &QPushButton::clicked, this, &InformPage::editSelectedYear);
    connect(m_importButton, &QPushButton::clicked, this, &InformPage::chooseImportFile);
    connect(m_discard, &QPushButton::clicked, this, &InformPage::discardStatement);
    connect(m_saveYear, &QPushButton::clicked, this, &InformPage::saveStatement);
    connect(m_statements, &QAbstractItemModel::modelReset, this, &InformPage::layOutRows);
    connect(m_filledOnly, &QCheckBox::toggled, this, &InformPage::layOutRows);
    connect(m_statements, &StatementTableModel::amountRefused, this,
            [this](const QString& message) { showStatementProblems({message}); });
    connect(m_statements, &StatementTableModel::draftEdited, this, [this] {
        // Once a save has been refused, the list follows the corrections.
        if (m_problems->isVisible())
            showStatementProblems(draftProblems());
    });
    connect(m_statementView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InformPage::updateStatementButtons);
    layOutRows();
    updateStatementButtons();
    return tab;
}

void InformPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void InformPage::clientChanging()
{
    // A year being entered belongs to the previous client.
    m_statements->clearDraft();
    showStatementProblems({});
}

void InformPage::showAnalysis(const app::CreditAnalysis& analysis)
{
    m_file = analysis.client;
    m_statements->setStatements(analysis.statements);
    m_ratios->setYears(analysis.years);
    if (analysis.statements.empty()) {
        m_summary->setText(tr("Aucune liasse fiscale pour ce client : saisissez un exercice ou importez un fichier "
                              "dans l'onglet « Liasses fiscales »."));
    } else {
        const risk::FinancialStatement& last = analysis.statements.back();
        m_summary->setText(tr("%n exercice(s) connu(s), de %1 à %2. Dernier exercice clos le %3.", nullptr,
                              static_cast<int>(analysis.statements.size()))
                               .arg(analysis.statements.front().fiscalYear())
                               .arg(last.fiscalYear())
                               .arg(app::Labels::date(last.closingDate)));
    }
    showFlags(analysis.years);
    showCharts(analysis.years);
    updateStatementButtons();
}

void InformPage::showFlags(const std::vector<risk::YearRatios>& years)
{
    QStringList lines;
    for (auto year = years.rbegin(); year != years.rend(); ++year) {
        QStringList flags;
        for (const std::string& flag : year->flags)
            flags << app::RiskLabels::flag(flag).toHtmlEscaped();
        if (!flags.isEmpty())
            lines << tr("⚠ <b>Exercice %1</b> : %2").arg(year->fiscalYear).arg(flags.join(QStringLiteral(" · ")));
    }
    const bool warn = !lines.isEmpty();
    m_flags->setVisible(!years.empty());
    m_flags->setText(warn ? lines.join(QStringLiteral("<br>")) : tr("✔ Aucun signal d'alerte sur les exercices connus."));
    m_flags->setStyleSheet(warn ? QStringLiteral("QLabel { background:#fef5e7; color:#9c640c; border-left:4px solid "
                                                 "#e67e22; padding:6px; }")
                                : QStringLiteral("QLabel { background:#eafaf1; color:#1e8449; border-left:4px solid "
                                                 "#27ae60; padding:6px; }"));
}

void InformPage::showCharts(const std::vector<risk::YearRatios>& years)
{
    QStringList categories;
    for (const risk::YearRatios& year : years)
        categories << QString::number(year.fiscalYear);
    constexpr double kThousand = 1000.0;
    m_amountChart->setData(categories, {lineOf(years, tr("Chiffre d'affaires"), "turnover", kThousand),
                                        lineOf(years, tr("EBE"), "ebe", kThousand),
                                        lineOf(years, tr("Capitaux propres"), "equity", kThousand),
                                        lineOf(years, tr("Trésorerie nette"), "net_cash", kThousand)});
    m_daysChart->setData(categories, {lineOf(years, tr("BFR"), "bfr_days"),
                                      lineOf(years, tr("Délai clients"), "client_days"),
                                      lineOf(years, tr("Délai fournisseurs"), "supplier_days")});
}

void InformPage::askNewYear()
{
    const core::Date today = workspace().clock().today();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Nouvel exercice"));
    QDateEdit* closing = makeDateEdit(&dialog);
    closing->setDate(app::toQDate(*core::Date::fromYmd(today.year() - 1, 12, 31)));
    auto* months = new QSpinBox(&dialog);
    months->setRange(1, 24);
    months->setValue(12);
    months->setSuffix(tr(" mois"));
    auto* regime = new QComboBox(&dialog);
    for (const risk::Regime r : {risk::Regime::Normal, risk::Regime::Simplified})
        regime->addItem(StatementTableModel::regimeName(r), static_cast<int>(r));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Date de clôture :"), closing);
    form->addRow(tr("Durée :"), months);
    form->addRow(tr("Régime :"), regime);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        beginStatement(app::fromQDate(closing->date()), months->value(),
                       static_cast<risk::Regime>(regime->currentData().toInt()));
}

void InformPage::beginStatement(core::Date closingDate, int months, risk::Regime regime)
{
    if (!m_file)
        return;
    risk::FinancialStatement draft;
    for (const risk::FinancialStatement& held : m_statements->held()) {
        if (held.closingDate == closingDate && held.regime == regime)
            draft = held;
    }
    draft.siren = m_file->company.siren ? m_file->company.siren->str() : std::string();
    draft.closingDate = closingDate;
    draft.months = months;
    draft.regime = regime;
    draft.source = "manual";
    m_statements->startDraft(std::move(draft));
    showStatementProblems({});
    showTab(StatementsTab);
    m_statementView->setCurrentIndex(m_statements->index(1, m_statements->draftColumn()));
    m_statementView->setFocus();
    updateStatementButtons();
}

void InformPage::editSelectedYear()
{
    if (const risk::FinancialStatement* year = m_statements->statementAt(m_statementView->currentIndex().column()))
        beginStatement(year->closingDate, year->months, year->regime);
}

bool InformPage::saveStatement()
{
    const auto& draft = m_statements->draft();
    if (!draft || !clientId())
        return false;
    QStringList problems = draftProblems();
    if (problems.isEmpty()) {
        if (auto saved = app::StatementService(workspace()).save(*clientId(), *draft); !saved)
            problems << app::ErrorText::describe(saved.error());
    }
    if (!problems.isEmpty()) {
        showStatementProblems(problems);
        return false;
    }
    const int year = draft->fiscalYear();
    m_statements->clearDraft();
    showStatementProblems({});
    updateStatementButtons();
    emit statusMessage(tr("Exercice %1 enregistré").arg(year));
    return true;
}

QStringList InformPage::draftProblems()
{
    QStringList problems;
    if (const auto& draft = m_statements->draft()) {
        for (const core::Error& error : app::StatementService(workspace()).check(*draft))
            problems << app::ErrorText::describe(error);
    }
    return problems;
}

bool InformPage::hasDraft() const
{
    return m_statements->draft().has_value();
}

void InformPage::discardStatement()
{
    m_statements->clearDraft();
    showStatementProblems({});
    updateStatementButtons();
}

void InformPage::showStatementProblems(const QStringList& problems)
{
    m_problems->setText(problems.isEmpty() ? QString()
                                           : tr("Exercice refusé, rien n'a été enregistré :\n%1")
                                                 .arg(problems.join(QLatin1Char('\n'))));
    m_problems->setVisible(!problems.isEmpty());
}

void InformPage::updateStatementButtons()
{
    const bool entering = m_statements->draft().has_value();
    const bool known = m_statements->statementAt(m_statementView->currentIndex().column()) != nullptr;
    m_newYear->setEnabled(!entering && m_file.has_value());
    m_editYear->setEnabled(!entering && known);
    m_saveYear->setEnabled(entering);
    m_discard->setEnabled(entering);
    m_entryHint->setVisible(entering);
    m_filledOnly->setEnabled(!entering);
}

void InformPage::layOutRows()
{
    // While a year is entered every line must be reachable.
    const bool filledOnly = m_filledOnly->isChecked() && !m_statements->draft();
    m_statementView->clearSpans();
    int title = -1;
    bool titleHasLines = false;
    for (int row = 0; row < m_statements->rowCount(); ++row) {
        if (m_statements->isFormRow(row)) {
            if (title >= 0)
                m_statementView->setRowHidden(title, !titleHasLines);
            title = row;
            titleHasLines = false;
            m_statementView->setSpan(row, 0, 1, m_statements->columnCount());
            continue;
        }
        const bool shown = !filledOnly || m_statements->hasAmount(row);
        m_statementView->setRowHidden(row, !shown);
        titleHasLines = titleHasLines || shown;
    }
    if (title >= 0)
        m_statementView->setRowHidden(title, !titleHasLines);
    QHeaderView* header = m_statementView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(StatementTableModel::LabelColumn, QHeaderView::Stretch);
    header->resizeSection(StatementTableModel::CodeColumn, 56);
    for (int column = StatementTableModel::FirstAmountColumn; column < m_statements->columnCount(); ++column)
        header->resizeSection(column, 140);
}

void InformPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Importer des liasses fiscales"), QString(),
                                                      tr("Liasses (*.json *.csv *.txt);;Tous les fichiers (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void InformPage::importFile(const QString& path)
{
    if (m_importWatcher.isRunning())
        return;
    m_importButton->setEnabled(false);
    emit statusMessage(tr("Import de %1…").arg(QFileInfo(path).fileName()));
    // The worker opens its own connection: a connection belongs to the thread that made it.
    m_importWatcher.setFuture(QtConcurrent::run(
        [location = workspace().db().location(), clock = workspace().sharedClock(), actor = workspace().actor(), path] {
            auto ws = app::Workspace::open(location, clock, actor);
            if (!ws) {
                app::StatementImportReport report;
                report.file = path;
                report.errors.push_back(ws.error());
                return report;
            }
            return app::StatementService(**ws).importFile(path);
        }));
}

void InformPage::showImportReport(const app::StatementImportReport& report)
{
    m_importButton->setEnabled(true);
    emit statementsImported(static_cast<int>(report.saved.size()), static_cast<int>(report.errors.size()));
    if (report.ok()) {
        // The worker's workspace told its own notifier; the pages of this one must hear it.
        std::set<std::string> sirens;
        QStringList names;
        for (const auto& saved : report.saved) {
            if (sirens.insert(saved.siren).second)
                names << saved.name;
        }
        app::ClientService clients(workspace());
        for (const std::string& siren : sirens) {
            if (auto client = clients.find(QString::fromStdString(siren)))
                emit workspace().notifier().creditChanged(client->id);
        }
        emit statusMessage(tr("%n exercice(s) importé(s) : %1", nullptr, static_cast<int>(report.saved.size()))
                               .arg(names.join(QStringLiteral(", "))));
        return;
    }
    QStringList lines;
    for (const core::Error& error : report.errors)
        lines << app::ErrorText::describe(error);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Import de liasses fiscales"),
                                tr("%1 refusé : %n erreur(s). Rien n'a été enregistré.", nullptr,
                                   static_cast<int>(lines.size()))
                                    .arg(QFileInfo(report.file).fileName()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("statementImportBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(lines.mid(0, kErrorsShown).join(QLatin1Char('\n'))
                            + (lines.size() > kErrorsShown ? tr("\n… et %1 autre(s) : voir le détail.")
                                                                 .arg(lines.size() - kErrorsShown)
                                                           : QString()));
    if (lines.size() > kErrorsShown)
        box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->open();
}

} // namespace pc::ui
