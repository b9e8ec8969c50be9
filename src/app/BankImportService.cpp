#include "app/BankImportService.h"

#include "app/ClientService.h"
#include "app/ImportedFile.h"
#include "app/PaymentService.h"
#include "app/Workspace.h"
#include "core/Iban.h"
#include "core/Siren.h"
#include "core/Text.h"
#include "io/BankStatement.h"
#include "store/AuditLog.h"
#include "store/BankRepository.h"
#include "store/ClientRepository.h"
#include "store/ImportJournal.h"
#include "store/LedgerRepository.h"
#include "store/Transaction.h"

#include <QFileInfo>

#include <array>
#include <cctype>
#include <set>

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Status;

namespace {

const QString kImportKind = QStringLiteral("bank_statement");

// Finds the client who paid from what the bank says about the payer.
class PayerMatcher {
public:
    explicit PayerMatcher(store::Database& db) : m_bank(db), m_clients(db), m_ledger(db) {}

    // The client and how it was recognised ("iban", "siren", "invoice", "name").
    std::optional<std::pair<qint64, std::string>> find(const io::BankTransaction& t)
    {
        m_triedPieces.clear();
        if (auto id = byIban(t.counterpartyIban))
            return std::pair(*id, std::string("iban"));
        const std::array<const std::string*, 4> texts{&t.counterpartyId, &t.remittance, &t.label, &t.reference};
        for (const std::string* text : texts)
            if (auto id = bySiren(*text))
                return std::pair(*id, std::string("siren"));
        for (const std::string* text : texts)
            if (auto id = byInvoice(*text))
                return std::pair(*id, std::string("invoice"));
        for (const std::string* name : {&t.counterpartyName, &t.ultimateCounterpartyName})
            if (auto id = byName(*name))
                return std::pair(*id, std::string("name"));
        return std::nullopt;
    }

private:
    std::optional<qint64> byIban(const std::string& text)
    {
        if (text.empty())
            return std::nullopt;
        const auto iban = core::Iban::parse(text);
        return iban ? m_bank.companyByIban(iban->str()) : std::nullopt;
    }

    // Nine digits (or the fourteen of a SIRET), possibly grouped by spaces, that pass
    // the Luhn check and belong to a client.
    std::optional<qint64> bySiren(const std::string& text)
    {
        std::string digits;
        const auto tryDigits = [&]() -> std::optional<qint64> {
            std::optional<qint64> found;
            if (digits.size() == 9 || digits.size() == 14)
                if (const auto siren = core::Siren::parse(digits.substr(0, 9)))
                    found = m_clients.idBySiren(*siren);
            digits.clear();
            return found;
        };
        for (std::size_t i = 0; i <= text.size(); ++i) {
            const char c = i < text.size() ? text[i] : '\0';
            if (std::isdigit(static_cast<unsigned char>(c))) {
                digits += c;
            } else if (c == ' ' && !digits.empty() && i + 1 < text.size()
                       && std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
                continue;
            } else if (auto id = tryDigits()) {
                return id;
            }
        }
        return std::nullopt;
    }

    // A word of the text that is the piece of open entries of one single client.
    std::optional<qint64> byInvoice(const std::string& text)
    {
        std::string word;
        for (std::size_t i = 0; i <= text.size(); ++i) {
            const char c = i < text.size() ? text[i] : ' ';
            if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '/' || c == '_') {
                word += c;
                continue;
            }
            if (auto id = clientOfPiece(word))
                return id;
            word.clear();
        }
        return std::nullopt;
    }

    std::optional<qint64> clientOfPiece(const std::string& word)
    {
        const bool hasDigit = std::any_of(word.begin(), word.end(),
                                          [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        if (word.size() < 4 || !hasDigit || !m_triedPieces.insert(word).second)
            return std::nullopt;
        std::set<qint64> clients;
        // Pieces are kept as written; the payer may have typed the number in lower case.
        std::set<std::string> spellings{word, core::text::toUpperAscii(word)};
        for (const std::string& spelling : spellings)
            for (const store::OpenEntry& entry : m_ledger.openEntriesWithPiece(spelling))
                if (entry.item.debit)
                    clients.insert(entry.companyId);
        return clients.size() == 1 ? std::optional(*clients.begin()) : std::nullopt;
    }

    // The exact name, folded, then without its legal form ("ACME SAS" is "Acme").
    std::optional<qint64> byName(const std::string& name)
    {
        std::string folded = core::text::foldForSearch(name);
        if (folded.empty())
            return std::nullopt;
        if (auto id = m_bank.companyByFoldedName(folded))
            return id;
        static const std::array<std::string_view, 9> forms{"sas", "sasu", "sarl", "eurl", "sa", "snc", "sci", "scop",
                                                           "ste"};
        for (const std::string_view form : forms) {
            const std::string suffix = " " + std::string(form);
            const std::string prefix = std::string(form) + " ";
            if (folded.size() > suffix.size() && folded.ends_with(suffix))
                return m_bank.companyByFoldedName(folded.substr(0, folded.size() - suffix.size()));
            if (folded.size() > prefix.size() && folded.starts_with(prefix))
                return m_bank.companyByFoldedName(folded.substr(prefix.size()));
        }
        return std::nullopt;
    }

    store::BankRepository m_bank;
    store::ClientRepository m_clients;
    store::LedgerRepository m_ledger;
    std::set<std::string> m_triedPieces; // per movement: a word repeated is looked up once
};

// The method a bank operation code says the client used.
std::optional<core::PaymentMethod> methodOfOperation(const std::string& code)
{
    if (code.find("CHQ") != std::string::npos || code == "01" || code == "15")
        return core::PaymentMethod::Cheque;
    if (code.find("DDT") != std::string::npos || (code.size() == 2 && (code[0] == 'A' || code[0] == 'B')))
        return core::PaymentMethod::SepaDirectDebit;
    if (code.find("CCRD") != std::string::npos || code.find("CCRN") != std::string::npos)
        return core::PaymentMethod::Card;
    if (code == "60" || code == "61" || code.find("LCR") != std::string::npos)
        return core::PaymentMethod::Lcr;
    return core::PaymentMethod::Transfer;
}

store::BankLineRecord lineOf(const io::BankStatement& statement, const io::BankTransaction& t, qint64 importId)
{
    store::BankLineRecord r;
    r.importId = importId;
    r.lineNo = t.line;
    r.bankAccount = statement.iban.empty() ? statement.account : statement.iban;
    r.bookingDate = t.bookingDate;
    r.valueDate = t.valueDate;
    r.amount = t.amount;
    r.label = t.label;
    r.remittance = t.remittance;
    r.counterpartyName = t.counterpartyName;
    r.counterpartyIban = t.counterpartyIban;
    r.counterpartyId = t.counterpartyId;
    r.reference = t.reference;
    r.operationCode = t.operationCode;
    r.status = t.amount.isPositive() ? store::BankLineStatus::Unmatched : store::BankLineStatus::Outgoing;
    return r;
}

} // namespace

BankImportReport BankImportService::importFile(const QString& path, const ProgressCallback& progress)
{
    auto bytes = readImportFile(path);
    if (!bytes) {
        BankImportReport report;
        report.errors.push_back(bytes.error());
        return report;
    }
    return importBytes(*bytes, QFileInfo(path).fileName(), progress);
}

BankImportReport BankImportService::importBytes(const QByteArray& bytes, const QString& fileName,
                                                const ProgressCallback& progress)
{
    BankImportReport report;
    const io::BankStatementFile parsed = io::readBankStatement(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), fileName.toStdString());
    report.format = QString::fromLatin1(io::bankFormatName(parsed.format));
    report.statements = static_cast<int>(parsed.statements.size());
    report.errors = parsed.errors;
    for (const std::string& warning : parsed.warnings)
        report.warnings << QString::fromStdString(warning);
    if (!report.ok())
        return report;

    const auto outcome = guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::ImportJournal journal(m_ws.db());
        auto importId = recordImport(m_ws, kImportKind, fileName, bytes);
        if (!importId)
            return importId.error();
        store::BankRepository bank(m_ws.db());
        PayerMatcher matcher(m_ws.db());
        const int total = parsed.transactionCount();
        for (const io::BankStatement& statement : parsed.statements) {
            for (const io::BankTransaction& t : statement.transactions) {
                if (progress && report.movements % 50 == 0 && !progress(report.movements, total))
                    return Error(ErrorCode::Cancelled, {});
                ++report.movements;
                store::BankLineRecord line = lineOf(statement, t, *importId);
                if (bank.hasLine(line)) {
                    ++report.duplicates;
                    continue;
                }
                if (line.status == store::BankLineStatus::Outgoing) {
                    ++report.outgoing;
                    if (auto id = bank.addLine(line); !id)
                        return id.error();
                    continue;
                }
                auto lineId = bank.addLine(line);
                if (!lineId)
                    return lineId.error();
                const auto payer = matcher.find(t);
                if (!payer) {
                    ++report.unmatched;
                    report.unmatchedAmount += t.amount;
                    continue;
                }
                PaymentInput payment;
                payment.companyId = payer->first;
                payment.date = t.bookingDate;
                payment.amount = t.amount;
                payment.method = methodOfOperation(t.operationCode);
                payment.reference = t.reference;
                payment.label = t.counterpartyName.empty() ? t.label : t.counterpartyName + " " + t.label;
                payment.details = {std::nullopt, t.reference, t.remittance, t.counterpartyName, t.counterpartyIban,
                                   t.valueDate, *lineId};
                payment.importId = *importId;
                auto entryId = PaymentService::write(m_ws, payment);
                if (!entryId)
                    return entryId.error();
                if (auto status = bank.markPaid(*lineId, payer->first, *entryId, payer->second); !status)
                    return status;
                ++report.payments;
                report.paid += t.amount;
                ++report.matchedBy[payer->second];
            }
        }
        if (auto status = journal.setRows(*importId, report.movements - report.duplicates); !status)
            return status;
        store::AuditEntry entry{0, m_ws.clock().now(), m_ws.actor(), QStringLiteral("bank_statement.import"),
                                QStringLiteral("import"), fileName, {}, nullptr,
                                {{"file", fileName.toStdString()},
                                 {"movements", report.movements},
                                 {"payments", report.payments},
                                 {"unmatched", report.unmatched},
                                 {"duplicates", report.duplicates}}};
        if (auto status = store::AuditLog(m_ws.db()).record(entry); !status)
            return status;
        if (progress)
            progress(total, total);
        return tx.commit();
    });
    if (!outcome) {
        report.errors.push_back(outcome.error());
        report.payments = report.unmatched = report.outgoing = report.duplicates = 0;
        report.paid = report.unmatchedAmount = core::Money();
        report.matchedBy.clear();
        return report;
    }
    if (report.payments > 0)
        emit m_ws.notifier().ledgerChanged();
    return report;
}

} // namespace pc::app
