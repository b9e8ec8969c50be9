#pragma once

#include "core/Date.h"
#include "core/Error.h"
#include "core/Money.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pc::io {

// Bank statements as banks deliver them to French companies: ISO 20022 camt.053
// (XML, versions 001.02 to 001.13 read alike) and the CFONB "relevé 120 caractères"
// (fixed width, records 01 / 04 / 05 / 07). See docs of each reader below for what
// is accepted, refused and only warned about.
enum class BankFormat { Camt053, Cfonb120 };
const char* bankFormatName(BankFormat format); // "camt.053", "CFONB 120"

// One movement of a bank account. Amount signed: positive = money in (credit on our
// account). Text fields are UTF-8, trimmed; several parts of one field are joined
// with " / " (the 05 LIB lines of CFONB are appended to the label with a space).
struct BankTransaction {
    int line = 0;                        // 1-based line in the file (CFONB: line of the 04 record; camt: line of <Ntry>)
    core::Date bookingDate;
    std::optional<core::Date> valueDate;
    core::Money amount;
    std::string label;                   // bank's label (CFONB 04 libellé + 05 LIB; camt AddtlNtryInf / AddtlTxInf)
    std::string remittance;              // remittance information (camt RmtInf Ustrd, Strd CdtrRefInf/Ref and RfrdDocInf/Nb; CFONB 05 LCC+LC2, LCS)
    std::string counterpartyName;        // the debtor of a credit / creditor of a debit (camt RltdPties Dbtr|Cdtr Nm, else UltmtDbtr|UltmtCdtr; CFONB 05 NPY/NBE, else NPO/NBU)
    std::string counterpartyIban;        // camt RltdPties DbtrAcct/CdtrAcct Id IBAN; CFONB 05 CPY/CBE when it is a valid IBAN
    std::string counterpartyId;          // organisation identifier (camt Dbtr|Cdtr Id OrgId Othr Id, else its BIC, else a SEPA
                                         // creditor id in PrvtId Othr with SchmeNm Prtry SEPA; CFONB 05 IPY/IBE) — may hold a SIREN
    std::string reference;               // bank reference / end-to-end id (camt AcctSvcrRef, Refs AcctSvcrRef and EndToEndId; CFONB 04 zone référence, 05 RCN/REF)
    std::string operationCode;           // CFONB interbank code ("05"), camt BkTxCd Domn/Fmly/SubFmlyCd joined "PMNT/RCDT/ESCT" or Prtry Cd

    // Additions to the agreed interface.
    std::string counterpartyIdScheme;    // kind of counterpartyId: camt SchmeNm Cd or Prtry ("SIREN", "BIC"); CFONB IPY/IBE type (pos 84-118)
    std::string ultimateCounterpartyName; // camt UltmtDbtr|UltmtCdtr Nm; CFONB NPO/NBU: on whose behalf the counterparty paid or was paid
    bool reversal = false;               // camt RvslInd true: a reversal (the label then starts with "[Reversal] ")
};

struct BankStatement {
    std::string account;                 // IBAN (camt; Acct Id Othr Id when no IBAN) or "bank guichet account" (CFONB: "10278 02204 00012345603")
    std::string currency;                // "EUR"
    std::optional<core::Date> openingDate, closingDate;
    std::optional<core::Money> openingBalance, closingBalance;
    std::vector<BankTransaction> transactions;

    // Additions to the agreed interface.
    std::string iban;                    // the account's IBAN: camt Acct Id IBAN; CFONB computed from bank, guichet and account (RIB key)
    int line = 0;                        // line of <Stmt> / <Ntfctn>, or of the CFONB 01 record
};

struct BankStatementFile {
    BankFormat format = BankFormat::Camt053;
    std::vector<BankStatement> statements;
    std::vector<core::Error> errors;     // problems that refuse the file: each with file, line, field
    std::vector<std::string> warnings;   // readable but worth saying (a statement with no movement, a camt.054 …)

    // Additions to the agreed interface.
    // The same warnings as codes with arguments and place, for translated text:
    // warningDetails[i] is warnings[i] ("file:line [field] code args…").
    std::vector<core::Error> warningDetails;
    std::string messageName;             // camt message read: "camt.053.001.02", "camt.054.001.04"; empty for CFONB

    bool ok() const { return errors.empty(); }
    int transactionCount() const;
};

// Detects the format from the content (XML root Document with camt.053 namespace, or
// 120-character records starting 01/04/05/07, with or without line breaks, blank lines
// tolerated). An unknown format is one error (InvalidFormat, field "format", args: the
// start of the content, then the name of the format recognised instead when there is
// one: "CFONB 240", "OFX", "JSON"); empty content is Empty at field "format".
BankStatementFile readBankStatement(std::string_view bytes, const std::string& fileName);

// camt.053 (any 001.nn version; elements are matched by local name). Also reads a
// camt.054 notification the same way (its Ntfctn as a statement without balances),
// with a warning (InvalidFormat, field "format", args: "camt.054.001.nn", "camt.053"):
// its entries may also be in the account's camt.053, so importing both counts them twice.
//
// Errors (line of the element, field = element name): not well-formed XML
// (InvalidFormat, field "xml", args: the parser's message); another message
// (InvalidFormat, field "format", args: namespace or root name, "camt.053"); no Stmt
// (MissingField "Stmt"); an entry without Amt, CdtDbtInd or BookgDt (MissingField at
// the <Ntry> line); a bad amount (InvalidNumber; TooManyDecimals when a decimal beyond
// the cents is not zero: "8.850" is read as 8.85, "8.855" refused); a bad date
// (InvalidDate); a CdtDbtInd other than CRDT/DBIT (UnknownValue); an entry amount in
// another currency than the statement's (InconsistentFields, field "Ccy", args: entry
// currency, statement currency).
//
// Warnings: a statement without entries (Empty, field "Ntry"); an OPBD/PRCD/CLBD balance
// in another currency (InconsistentFields, field "Ccy"; that balance is left out); an
// entry not booked (Sts other than BOOK: UnknownValue, field "Sts"; the entry is left
// out); opening + movements != closing (TotalMismatch, args: opening + movements,
// closing); a batch whose TxDtls cannot be split (TotalMismatch, MissingField or
// InconsistentFields, field "TxDtls"; read as one movement of the entry amount).
//
// The statement currency is Acct/Ccy, else that of the opening or closing balance,
// else that of the first entry. CdtDbtInd gives the sign of the booking, reversals
// included (ISO 20022: a reversal of a credit is booked DBIT with RvslInd true), so
// RvslInd does not change the sign; it sets `reversal` and marks the label. An entry
// with several TxDtls gives one movement per TxDtls, with its TxDtls/Amt or
// AmtDtls/TxAmt/Amt (and its own CdtDbtInd when given) when all are in the statement
// currency and add up to the entry amount; one TxDtls or none gives one movement of
// the entry amount.
BankStatementFile readCamt053(std::string_view bytes, const std::string& fileName);

// CFONB 120 "relevé de compte". Records are 120 characters; a file may come without line
// breaks (records then numbered 1, 2, … as lines), with CRLF, blank lines or a final
// Ctrl-Z. Text is decoded as UTF-8 when valid, else Windows-1252. Tolerated: reserved
// zones filled with anything (spaces in the "numéro d'écriture", dates in the 01 zone
// 105-120), short records when the missing end is optional (an 01/04/07 needs its
// amount, pos 104; a 05 its qualifier, pos 48), trailing spaces beyond 120.
//
// Errors (line of the record): record type other than 01/04/05/07 (UnknownLineCode,
// field "record_type"); wrong length (InvalidLength, field "record", args: length,
// "120"); structure (MissingLine, field "record_type", args: record found, record
// expected): an 04 outside a statement ("04", "01"), a 05 without its 04 ("05", "04";
// once for a run of such 05), a 07 without 01 ("07", "01"), an 01 while the previous
// statement has no 07 ("01", "07"; also at the end of the file, at the open 01's
// line); bad JJMMAA dates (InvalidDate, field "date", "booking_date", "value_date"); bad
// amounts (InvalidNumber, field "amount" or "decimals"; TooManyDecimals for more than
// two decimals that are not zeros); an 04/05/07 of another account than its 01
// (InconsistentFields, field "account", args: record account, statement account) or
// another currency (field "currency").
//
// Warnings: a statement without movement (Empty, field "record_type"); 01 balance +
// movements != 07 balance (TotalMismatch, field "amount", args: opening + movements,
// closing) — a warning, not an error, because sample files of real parsers do not all
// balance.
BankStatementFile readCfonb120(std::string_view bytes, const std::string& fileName);

} // namespace pc::io
