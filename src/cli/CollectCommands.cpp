// Stage 7 from the shell: bank statement, FEC and open-items imports, FEC export,
// payments, automatic and manual lettering, the client's ledger.

#include "app/BankImportService.h"
#include "app/FecExportService.h"
#include "app/FecImportService.h"
#include "app/OpenItemsImportService.h"
#include "app/ErrorText.h"
#include "app/Labels.h"
#include "app/LetteringLabels.h"
#include "app/LetteringService.h"
#include "app/PaymentService.h"
#include "app/Workspace.h"
#include "cli/Cli.h"

namespace pc::cli {

using nlohmann::json;
using namespace pc::core;

namespace {

json errorsJson(const std::vector<Error>& errors)
{
    json list = json::array();
    for (const Error& e : errors)
        list.push_back({{"code", errorCodeName(e.code)},
                        {"message", app::ErrorText::describe(e).toStdString()},
                        {"file", e.where.file},
                        {"line", e.where.line},
                        {"field", e.where.field}});
    return list;
}

json stringsJson(const QStringList& texts)
{
    json list = json::array();
    for (const QString& t : texts)
        list.push_back(t.toStdString());
    return list;
}

json ruleCounts(const app::LetteringReport& r)
{
    json counts = json::object();
    for (const auto& [rule, count] : r.groupsByRule)
        counts[std::string(receivables::toCode(rule))] = count;
    return counts;
}

json ruleAmounts(const app::LetteringReport& r)
{
    json amounts = json::object();
    for (const auto& [rule, amount] : r.amountByRule)
        amounts[std::string(receivables::toCode(rule))] = amount.cents();
    return amounts;
}

// Signed like the balance: what the client owes is positive, what we owe it negative.
std::int64_t signedOpen(const app::LedgerLine& line)
{
    return line.entry.isDebit() ? line.open.cents() : -line.open.cents();
}

} // namespace

int Cli::reportImport(const std::vector<Error>& errors, const QStringList& warnings, const json& summary,
                      const QString& text)
{
    for (const QString& warning : warnings)
        m_err << tr("attention : %1").arg(warning) << '\n';
    for (const Error& error : errors)
        m_err << tr("erreur : %1").arg(app::ErrorText::describe(error)) << '\n';
    if (m_args.json) {
        json out = summary;
        out["errors"] = errorsJson(errors);
        out["warnings"] = stringsJson(warnings);
        printJson(out);
    } else if (errors.empty()) {
        m_out << text << '\n';
    }
    if (errors.empty())
        return kExitOk;
    m_err << tr("fichier refusé : %n erreur(s), la base n'a pas été modifiée", nullptr, static_cast<int>(errors.size()))
          << '\n';
    return kExitError;
}

int Cli::runImport()
{
    const QString kind = m_args.word(1);
    if (m_args.words.size() != 3 || kind.isEmpty())
        return failUsage(tr("import attend statement, fec ou open-items, puis un fichier"));
    if (kind == QLatin1String("statement"))
        return runImportStatement(m_args.word(2));
    if (kind == QLatin1String("fec"))
        return runImportFec(m_args.word(2));
    if (kind == QLatin1String("open-items"))
        return runImportOpenItems(m_args.word(2));
    return failUsage(tr("type d'import inconnu : %1 (statement, fec, open-items)").arg(kind));
}

int Cli::runImportStatement(const QString& path)
{
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const app::BankImportReport r = app::BankImportService(*m_ws).importFile(path);
    json matchedBy = json::object();
    for (const auto& [how, count] : r.matchedBy)
        matchedBy[how] = count;
    const json summary{{"file", path.toStdString()},
                       {"format", r.format.toStdString()},
                       {"statements", r.statements},
                       {"movements", r.movements},
                       {"payments", r.payments},
                       {"paid_cents", r.paid.cents()},
                       {"unmatched", r.unmatched},
                       {"unmatched_cents", r.unmatchedAmount.cents()},
                       {"outgoing", r.outgoing},
                       {"duplicates", r.duplicates},
                       {"matched_by", matchedBy}};
    const QString text = tr("%1 (%2) : %3 mouvement(s), %4 règlement(s) pour %5, %6 non reconnu(s) pour %7, "
                            "%8 débit(s), %9 déjà importé(s)")
                             .arg(path, r.format)
                             .arg(r.movements)
                             .arg(r.payments)
                             .arg(app::Labels::money(r.paid))
                             .arg(r.unmatched)
                             .arg(app::Labels::money(r.unmatchedAmount))
                             .arg(r.outgoing)
                             .arg(r.duplicates);
    return reportImport(r.errors, r.warnings, summary, text);
}

int Cli::runImportFec(const QString& path)
{
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const app::FecImportReport r = app::FecImportService(*m_ws).importFile(path);
    json created = json::array();
    for (const app::ClientToComplete& c : r.clientsCreated)
        created.push_back({{"account", c.account.toStdString()}, {"name", c.name.toStdString()}});
    const json summary{{"file", path.toStdString()},
                       {"encoding", r.encoding.toStdString()},
                       {"lines_read", r.linesRead},
                       {"client_lines", r.clientLines},
                       {"entries", r.entries},
                       {"already_imported", r.alreadyImported},
                       {"without_account", r.withoutAccount},
                       {"clients_linked", r.clientsLinked},
                       {"clients_created", created},
                       {"lettered_groups", r.letteredGroups},
                       {"partial_groups", r.partialGroups}};
    QString text = tr("%1 : %2 ligne(s) lue(s), %3 écriture(s) client importée(s), %4 groupe(s) lettré(s) repris, "
                      "%5 client(s) reconnu(s), %6 créé(s)")
                       .arg(path)
                       .arg(r.linesRead)
                       .arg(r.entries)
                       .arg(r.letteredGroups)
                       .arg(r.clientsLinked)
                       .arg(r.clientsCreated.size());
    for (const app::ClientToComplete& c : r.clientsCreated)
        text += QLatin1Char('\n') + tr("  à compléter : %1 %2").arg(c.account, c.name);
    return reportImport(r.errors, r.warnings, summary, text);
}

int Cli::runImportOpenItems(const QString& path)
{
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const app::OpenItemsImportReport r = app::OpenItemsImportService(*m_ws).importFile(path);
    const json summary{{"file", path.toStdString()},
                       {"encoding", r.encoding.toStdString()},
                       {"rows_read", r.rowsRead},
                       {"invoices", r.invoices},
                       {"credit_notes", r.creditNotes},
                       {"open_cents", r.openTotal.cents()}};
    const QString text = tr("%1 : %2 facture(s), %3 avoir(s), reste dû %4")
                             .arg(path)
                             .arg(r.invoices)
                             .arg(r.creditNotes)
                             .arg(app::Labels::money(r.openTotal));
    return reportImport(r.errors, r.warnings, summary, text);
}

int Cli::runExport()
{
    if (m_args.words.size() == 2 && m_args.word(1) != QLatin1String("fec"))
        return runExportReport(m_args.word(1));
    if (m_args.words.size() != 3 || m_args.word(1) != QLatin1String("fec"))
        return failUsage(tr("export attend fec puis un fichier, ou aging, kpi ou ledger"));
    auto period = periodOptions([](Date) { return Date::fromYmd(1900, 1, 1).value(); });
    if (!period)
        return fail(period.error());
    const auto [first, last] = *period;
    auto report = app::FecExportService(*m_ws).exportTo(m_args.word(2), first, last);
    if (!report)
        return fail(report.error());
    if (m_args.json) {
        printJson({{"file", m_args.word(2).toStdString()},
                   {"from", first.toIso()},
                   {"to", last.toIso()},
                   {"entries", report->entries},
                   {"lines", report->lines},
                   {"lettered", report->lettered}});
        return kExitOk;
    }
    m_out << tr("%1 : %2 écriture(s) client, %3 ligne(s) FEC, %4 lettrée(s)")
                 .arg(m_args.word(2))
                 .arg(report->entries)
                 .arg(report->lines)
                 .arg(report->lettered)
          << '\n';
    return kExitOk;
}

int Cli::runLetter()
{
    const QString sub = m_args.word(1);
    if (sub == QLatin1String("auto"))
        return runLetterAuto();
    if (sub == QLatin1String("manual"))
        return runLetterManual();
    if (sub == QLatin1String("undo"))
        return runLetterUndo();
    return failUsage(tr("sous-commande de letter inconnue : %1 (auto, manual, undo)").arg(sub));
}

int Cli::runLetterAuto()
{
    if (m_args.words.size() != 2)
        return failUsage(tr("letter auto ne prend pas d'argument (voir --client et --as-of)"));
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    std::optional<qint64> companyId;
    if (const QString key = m_args.option(QStringLiteral("client")); !key.isEmpty()) {
        auto file = findClient(key);
        if (!file)
            return fail(file.error());
        companyId = file->id;
    }
    const Date asOf = m_ws->clock().today();
    auto report = app::LetteringService(*m_ws).letterAutomatically(companyId, asOf);
    if (!report)
        return fail(report.error());
    const app::LetteringReport& r = *report;
    Money lettered;
    for (const auto& [rule, amount] : r.amountByRule)
        lettered += amount;
    if (m_args.json) {
        json review = json::array();
        for (const app::ItemForReview& item : r.forReview)
            review.push_back({{"siren", item.siren.toStdString()},
                              {"client", item.clientName.toStdString()},
                              {"entry_id", item.entryId},
                              {"piece", item.piece},
                              {"open_cents", item.open.cents()},
                              {"reason", item.reason},
                              {"detail", item.detail}});
        printJson({{"as_of", asOf.toIso()},
                   {"clients", r.clients},
                   {"groups_lettered", r.groupsLettered},
                   {"groups_balanced", r.groupsBalanced},
                   {"by_rule", ruleCounts(r)},
                   {"amounts_cents", ruleAmounts(r)},
                   {"lettered_cents", lettered.cents()},
                   {"write_offs", r.writeOffs},
                   {"written_off_cents", r.writtenOff.cents()},
                   {"open_items_left", r.openItemsLeft},
                   {"for_review", review}});
        return kExitOk;
    }
    m_out << tr("Lettrage automatique au %1 : %2 groupe(s) sur %3 client(s), %4 lettré(s)")
                 .arg(app::Labels::date(asOf))
                 .arg(r.groupsLettered)
                 .arg(r.clients)
                 .arg(app::Labels::money(lettered))
          << '\n';
    for (const auto& [rule, count] : r.groupsByRule)
        m_out << "  " << padded(app::LetteringLabels::rule(rule), 24) << count << "  "
              << app::Labels::money(r.amountByRule.at(rule)) << '\n';
    if (r.writeOffs > 0)
        m_out << tr("  %n écart(s) de règlement passé(s) en perte ou profit : %1", nullptr, r.writeOffs)
                     .arg(app::Labels::money(r.writtenOff))
              << '\n';
    m_out << tr("%n pièce(s) restent ouvertes", nullptr, r.openItemsLeft) << '\n';
    if (!r.forReview.empty())
        m_out << tr("À examiner :") << '\n';
    for (const app::ItemForReview& item : r.forReview)
        m_out << "  " << item.siren << ' ' << padded(item.clientName, 28) << ' '
              << padded(QString::fromStdString(item.piece), 14) << ' ' << app::Labels::money(item.open) << "  "
              << app::LetteringLabels::leftReason(item.reason) << '\n';
    return kExitOk;
}

int Cli::runLetterManual()
{
    if (m_args.words.size() < 4)
        return failUsage(tr("letter manual attend un client puis les numéros des écritures à lettrer"));
    auto file = findClient(m_args.word(2));
    if (!file)
        return fail(file.error());
    std::vector<qint64> ids;
    for (int i = 3; i < m_args.words.size(); ++i) {
        bool ok = false;
        const qint64 id = m_args.word(i).toLongLong(&ok);
        if (!ok || id <= 0)
            return failUsage(tr("numéro d'écriture incorrect : %1").arg(m_args.word(i)));
        ids.push_back(id);
    }
    const bool partial = m_args.options.contains(QStringLiteral("partial"));
    auto lettered = app::LetteringService(*m_ws).letterManually(file->id, ids, m_ws->clock().today(), partial);
    if (!lettered)
        return fail(lettered.error());
    if (m_args.json) {
        printJson({{"lettering_id", lettered->letteringId},
                   {"letter", lettered->code},
                   {"balanced", lettered->balanced},
                   {"written_off_cents", lettered->writtenOff.cents()}});
        return kExitOk;
    }
    if (lettered->balanced)
        m_out << tr("Lettré : code %1").arg(QString::fromStdString(lettered->code)) << '\n';
    else
        m_out << tr("Lettrage partiel enregistré") << '\n';
    return kExitOk;
}

int Cli::runLetterUndo()
{
    if (m_args.words.size() != 4)
        return failUsage(tr("letter undo attend un client et un code de lettrage"));
    auto file = findClient(m_args.word(2));
    if (!file)
        return fail(file.error());
    const std::string code = m_args.word(3).trimmed().toUpper().toStdString();
    if (auto status = app::LetteringService(*m_ws).unletter(file->id, code); !status)
        return fail(status.error());
    if (m_args.json)
        printJson({{"unlettered", code}});
    else
        m_out << tr("Délettré : %1").arg(QString::fromStdString(code)) << '\n';
    return kExitOk;
}

int Cli::runLedger()
{
    if (m_args.words.size() != 2)
        return failUsage(tr("ledger attend un client (SIREN, SIRET ou numéro de compte)"));
    auto file = findClient(m_args.word(1));
    if (!file)
        return fail(file.error());
    const Date asOf = m_ws->clock().today();
    const bool openOnly = m_args.options.contains(QStringLiteral("open"));
    const auto lines = app::LetteringService(*m_ws).ledgerOf(file->id, asOf, openOnly);
    std::int64_t balance = 0;
    for (const app::LedgerLine& line : lines)
        balance += signedOpen(line);
    if (m_args.json) {
        json entries = json::array();
        for (const app::LedgerLine& line : lines) {
            const receivables::LedgerEntry& e = line.entry;
            entries.push_back({{"id", e.id},
                               {"date", e.date.toIso()},
                               {"journal", e.journal},
                               {"kind", std::string(receivables::toCode(e.kind))},
                               {"piece", e.piece},
                               {"label", e.label},
                               {"due_date", e.dueDate ? json(e.dueDate->toIso()) : json(nullptr)},
                               {"debit_cents", e.debit.cents()},
                               {"credit_cents", e.credit.cents()},
                               {"open_cents", signedOpen(line)},
                               {"letter", e.letter.empty() ? json(nullptr) : json(e.letter)},
                               {"lettered_on", e.letteredOn ? json(e.letteredOn->toIso()) : json(nullptr)}});
        }
        printJson({{"siren", file->company.siren ? file->company.siren->str() : std::string()},
                   {"account", file->account.number},
                   {"client", file->company.name},
                   {"as_of", asOf.toIso()},
                   {"open_only", openOnly},
                   {"open_cents", balance},
                   {"entries", entries}});
        return kExitOk;
    }
    m_out << QString::fromStdString(file->company.name) << " — " << tr("compte %1 au %2")
                                                                        .arg(QString::fromStdString(file->account.number))
                                                                        .arg(app::Labels::date(asOf))
          << '\n';
    for (const app::LedgerLine& line : lines) {
        const receivables::LedgerEntry& e = line.entry;
        m_out << padded(QString::number(e.id), 7) << app::Labels::date(e.date) << "  "
              << padded(QString::fromStdString(e.journal), 3) << padded(QString::fromStdString(e.piece), 14)
              << padded(QString::fromStdString(e.label).left(30), 31) << padded(app::Labels::money(e.debit), 14)
              << padded(app::Labels::money(e.credit), 14) << padded(app::Labels::money(line.open), 14)
              << QString::fromStdString(e.letter) << '\n';
    }
    m_out << tr("Solde ouvert : %1").arg(app::Labels::money(Money::fromCents(balance))) << '\n';
    return kExitOk;
}

int Cli::runPayment()
{
    const QString sub = m_args.word(1);
    if (sub == QLatin1String("add"))
        return runPaymentAdd();
    if (sub == QLatin1String("assign"))
        return runPaymentAssign();
    if (sub == QLatin1String("unmatched"))
        return runPaymentUnmatched();
    return failUsage(tr("sous-commande de payment inconnue : %1 (add, assign, unmatched)").arg(sub));
}

int Cli::runPaymentAdd()
{
    if (m_args.words.size() != 3)
        return failUsage(tr("payment add attend un client, --amount et --date"));
    auto amount = Money::parse(m_args.option(QStringLiteral("amount")).toStdString());
    if (!amount)
        return fail(amount.error().inField("--amount"));
    auto date = dateOption(QStringLiteral("date"));
    if (!date)
        return fail(date.error());
    std::optional<PaymentMethod> method;
    if (const QString text = m_args.option(QStringLiteral("method")); !text.isEmpty()) {
        method = paymentMethodFromCode(text.toStdString());
        if (!method)
            return failUsage(tr("mode de règlement inconnu : %1").arg(text));
    }
    auto file = findClient(m_args.word(2));
    if (!file)
        return fail(file.error());
    app::PaymentInput payment;
    payment.companyId = file->id;
    payment.date = date->value_or(m_ws->clock().today());
    payment.amount = *amount;
    payment.method = method;
    payment.reference = m_args.option(QStringLiteral("reference")).toStdString();
    payment.label = m_args.option(QStringLiteral("label")).toStdString();
    auto id = app::PaymentService(*m_ws).record(payment);
    if (!id)
        return fail(id.error());
    if (m_args.json)
        printJson({{"entry_id", *id}, {"amount_cents", amount->cents()}, {"date", payment.date.toIso()}});
    else
        m_out << tr("Règlement enregistré : écriture %1").arg(*id) << '\n';
    return kExitOk;
}

int Cli::runPaymentAssign()
{
    if (m_args.words.size() != 4)
        return failUsage(tr("payment assign attend le numéro de la ligne bancaire puis le client"));
    bool ok = false;
    const qint64 lineId = m_args.word(2).toLongLong(&ok);
    if (!ok)
        return failUsage(tr("numéro de ligne bancaire incorrect : %1").arg(m_args.word(2)));
    auto file = findClient(m_args.word(3));
    if (!file)
        return fail(file.error());
    auto id = app::PaymentService(*m_ws).assignBankLine(lineId, file->id);
    if (!id)
        return fail(id.error());
    if (m_args.json)
        printJson({{"entry_id", *id}, {"bank_line", lineId}});
    else
        m_out << tr("Règlement enregistré : écriture %1").arg(*id) << '\n';
    return kExitOk;
}

int Cli::runPaymentUnmatched()
{
    if (auto opened = openWorkspace(); !opened)
        return fail(opened.error());
    const auto lines = app::PaymentService(*m_ws).unmatchedLines();
    if (m_args.json) {
        json list = json::array();
        for (const store::BankLineRecord& l : lines)
            list.push_back({{"id", l.id},
                            {"file", l.fileName.toStdString()},
                            {"line", l.lineNo},
                            {"date", l.bookingDate.toIso()},
                            {"amount_cents", l.amount.cents()},
                            {"payer", l.counterpartyName},
                            {"payer_iban", l.counterpartyIban},
                            {"label", l.label},
                            {"remittance", l.remittance},
                            {"reference", l.reference}});
        printJson({{"unmatched", list}});
        return kExitOk;
    }
    for (const store::BankLineRecord& l : lines)
        m_out << padded(QString::number(l.id), 7) << app::Labels::date(l.bookingDate) << "  "
              << padded(app::Labels::money(l.amount), 14) << padded(QString::fromStdString(l.counterpartyName), 30)
              << QString::fromStdString(l.remittance.empty() ? l.label : l.remittance) << '\n';
    m_out << tr("%n mouvement(s) à attribuer", nullptr, static_cast<int>(lines.size())) << '\n';
    return kExitOk;
}

} // namespace pc::cli
