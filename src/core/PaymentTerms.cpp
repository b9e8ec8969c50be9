#include "core/PaymentTerms.h"

#include "core/Text.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace pc::core {
namespace {

using Kind = PaymentTerms::Kind;

// Code de commerce L441-10 I: the agreed term may not exceed 60 days after the
// invoice date; by derogation, 45 days end of month may be agreed.
constexpr int kLegalMaxDays = 60;
constexpr int kDerogationEomDays = 45;
// An end of month falls on average half a month after the date it rounds.
constexpr int kAverageEomDays = 15;

bool isDigit(char c)
{
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// ---- Reading the text ----------------------------------------------------------
// The folded text is cut into words, each word turned into a symbol; the sequence of
// symbols is then matched against the few shapes terms take.

enum class Sym { Number, Days, Net, InvoiceDate, Eom, On, Cash, Receipt, Filler };

struct Token {
    Sym sym;
    int value = 0; // for Number
};

struct Phrase {
    std::string_view words; // separated by single spaces, as foldForSearch writes them
    Sym sym;
};

// Every way of writing a piece of a term met in French and English ledgers. Longer
// phrases win, so "fin de mois" is read before "de" would be dropped as a filler.
constexpr Phrase kPhrases[] = {
    {"jours", Sym::Days}, {"jour", Sym::Days}, {"j", Sym::Days}, {"jrs", Sym::Days},
    {"jr", Sym::Days}, {"days", Sym::Days}, {"day", Sym::Days}, {"d", Sym::Days},
    {"net", Sym::Net}, {"nets", Sym::Net}, {"nette", Sym::Net}, {"nettes", Sym::Net},
    {"fin de mois", Sym::Eom}, {"fin du mois", Sym::Eom}, {"fdm", Sym::Eom}, {"fm", Sym::Eom},
    {"eom", Sym::Eom}, {"end of month", Sym::Eom}, {"end of the month", Sym::Eom},
    {"date de facture", Sym::InvoiceDate}, {"date de la facture", Sym::InvoiceDate},
    {"date facture", Sym::InvoiceDate}, {"date de facturation", Sym::InvoiceDate},
    {"date demission", Sym::InvoiceDate}, {"df", Sym::InvoiceDate},
    {"invoice date", Sym::InvoiceDate}, {"date of invoice", Sym::InvoiceDate},
    {"from invoice", Sym::InvoiceDate}, {"after invoice", Sym::InvoiceDate},
    {"le", Sym::On}, {"on the", Sym::On},
    {"comptant", Sym::Cash}, {"cash", Sym::Cash},
    {"reception", Sym::Receipt}, {"reception facture", Sym::Receipt},
    {"reception de facture", Sym::Receipt}, {"reception de la facture", Sym::Receipt},
    {"receipt", Sym::Receipt}, {"receipt of invoice", Sym::Receipt},
    {"a", Sym::Filler}, {"au", Sym::Filler}, {"des", Sym::Filler}, {"on", Sym::Filler},
    {"upon", Sym::Filler}, {"due", Sym::Filler}, {"payable", Sym::Filler},
    {"paiement", Sym::Filler}, {"reglement", Sym::Filler}, {"payment", Sym::Filler},
    {"a compter de", Sym::Filler}, {"a compter de la", Sym::Filler},
};

// "1er", "10th": the ordinal ending of a day of the month, dropped with the number.
bool isOrdinalSuffix(std::string_view s)
{
    return s == "er" || s == "e" || s == "th" || s == "st" || s == "nd" || s == "rd";
}

struct Word {
    std::string text;
    bool glued = false; // written against the previous word, as in "45j" or "1er"
};

// Cuts the folded text at spaces and between digits and letters ("45j" -> "45", "j";
// "net30" -> "net", "30").
std::vector<Word> splitWords(std::string_view folded)
{
    std::vector<Word> words;
    bool startWord = true;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const char c = folded[i];
        if (c == ' ') {
            startWord = true;
            continue;
        }
        const bool kindChanges = !startWord && isDigit(c) != isDigit(folded[i - 1]);
        if (startWord || kindChanges)
            words.push_back({std::string(), kindChanges});
        words.back().text.push_back(c);
        startWord = false;
    }
    return words;
}

// Every delay of five digits or more is out of range anyway; capping it avoids overflow.
int numberValue(std::string_view digits)
{
    if (digits.size() > 4)
        return 99999;
    int value = 0;
    for (const char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

// Number of words of `phrase` when words[i], words[i + 1]... spell it, else 0.
std::size_t phraseLength(std::string_view phrase, const std::vector<Word>& words, std::size_t i)
{
    std::size_t count = 0;
    while (true) {
        const std::size_t space = phrase.find(' ');
        if (i + count >= words.size() || words[i + count].text != phrase.substr(0, space))
            return 0;
        ++count;
        if (space == std::string_view::npos)
            return count;
        phrase.remove_prefix(space + 1);
    }
}

// Length (in words) of the longest phrase starting at words[i], and its symbol.
std::size_t matchPhrase(const std::vector<Word>& words, std::size_t i, Sym& sym)
{
    std::size_t best = 0;
    for (const Phrase& phrase : kPhrases) {
        const std::size_t length = phraseLength(phrase.words, words, i);
        if (length > best) {
            best = length;
            sym = phrase.sym;
        }
    }
    return best;
}

// The symbols of the text, or nothing when a word is not part of any term.
std::optional<std::vector<Token>> tokenize(std::string_view folded)
{
    const std::vector<Word> words = splitWords(folded);
    std::vector<Token> tokens;
    for (std::size_t i = 0; i < words.size();) {
        if (isDigit(words[i].text.front())) {
            tokens.push_back({Sym::Number, numberValue(words[i].text)});
            // Only an ending glued to the number is an ordinal: "1er", not "1 er".
            const bool ordinal = i + 1 < words.size() && words[i + 1].glued && isOrdinalSuffix(words[i + 1].text);
            i += ordinal ? 2 : 1;
            continue;
        }
        Sym sym = Sym::Filler;
        const std::size_t length = matchPhrase(words, i, sym);
        if (length == 0)
            return std::nullopt;
        tokens.push_back({sym, 0});
        i += length;
    }
    return tokens;
}

// A minus sign before a number: folding would drop it and turn "-30" into "30".
bool hasNegativeNumber(std::string_view text)
{
    for (std::size_t i = text.find('-'); i != std::string_view::npos; i = text.find('-', i + 1)) {
        std::size_t j = i + 1;
        while (j < text.size() && text[j] == ' ')
            ++j;
        if (j < text.size() && isDigit(text[j]))
            return true;
    }
    return false;
}

struct Shape {
    Kind kind = Kind::Cash;
    int days = 0;
    int dayOfMonth = 0;
};

// "nets" and "date de facture" only confirm that days run from the invoice date, and
// fillers say nothing: what is left decides the term.
std::vector<Token> meaningful(std::vector<Token> tokens)
{
    std::erase_if(tokens, [](const Token& t) {
        return t.sym == Sym::Net || t.sym == Sym::InvoiceDate || t.sym == Sym::Filler;
    });
    return tokens;
}

// Matches [N [jours]] [fin de mois [le D]], with at least the number or the month end.
std::optional<Shape> matchDaysShape(const std::vector<Token>& t)
{
    std::size_t i = 0;
    const auto at = [&](Sym s, std::size_t k = 0) { return i + k < t.size() && t[i + k].sym == s; };
    std::optional<int> days;
    if (at(Sym::Number)) {
        days = t[i++].value;
        if (at(Sym::Days))
            ++i;
    }
    const bool eom = at(Sym::Eom);
    i += eom ? 1 : 0;
    std::optional<int> dayOfMonth;
    if (eom && at(Sym::On) && at(Sym::Number, 1)) {
        dayOfMonth = t[i + 1].value;
        i += 2;
    }
    if (i != t.size() || (!days && !eom))
        return std::nullopt;
    if (dayOfMonth)
        return Shape{Kind::EndOfMonthOnDay, days.value_or(0), *dayOfMonth};
    return Shape{eom ? Kind::DaysEndOfMonth : Kind::NetDays, days.value_or(0), 0};
}

std::optional<Shape> matchShape(const std::vector<Token>& tokens)
{
    const std::vector<Token> t = meaningful(tokens);
    if (t.size() == 1 && t[0].sym == Sym::Cash)
        return Shape{Kind::Cash, 0, 0};
    if (t.size() == 1 && t[0].sym == Sym::Receipt)
        return Shape{Kind::OnReceipt, 0, 0};
    return matchDaysShape(t);
}

// ---- Storage codes -------------------------------------------------------------

// The strictly numeric fields of a code: "eom-day:0:10" -> {0, 10}.
std::optional<std::vector<int>> codeNumbers(std::string_view rest)
{
    std::vector<int> numbers;
    while (true) {
        const std::size_t colon = rest.find(':');
        const std::string_view field = rest.substr(0, colon);
        if (field.empty() || field.size() > 4 || !text::isDigits(field))
            return std::nullopt;
        numbers.push_back(numberValue(field));
        if (colon == std::string_view::npos)
            return numbers;
        rest.remove_prefix(colon + 1);
    }
}

std::string daysText(int days)
{
    // French keeps 0 and 1 singular: "1 jour", "0 jour".
    return std::to_string(days) + (days <= 1 ? " jour" : " jours");
}

std::string dayOfMonthText(int day)
{
    return day == 1 ? "1er" : std::to_string(day);
}

// The day `dayOfMonth` of the month after `endOfMonth`, clamped to that month's end
// ("le 31" in April is 30 April), so that the date always lies after the month end.
Date nextDayOfMonth(Date endOfMonth, int dayOfMonth)
{
    const Date first = endOfMonth.addDays(1);
    const int last = first.endOfMonth().day();
    return first.addDays(std::min(dayOfMonth, last) - 1);
}

} // namespace

std::string_view toCode(EomMethod method)
{
    switch (method) {
    case EomMethod::EomThen45: return "eom-then-45";
    case EomMethod::NThenEom: return "45-then-eom";
    }
    return "eom-then-45";
}

std::optional<EomMethod> eomMethodFromCode(std::string_view code)
{
    for (const EomMethod method : {EomMethod::EomThen45, EomMethod::NThenEom}) {
        if (toCode(method) == code)
            return method;
    }
    return std::nullopt;
}

Date daysEndOfMonth(Date invoiceDate, int days, EomMethod method)
{
    if (method == EomMethod::NThenEom)
        return invoiceDate.addDays(days).endOfMonth();
    return invoiceDate.endOfMonth().addDays(days);
}

Date defaultDueDate(Date deliveryOrServiceDate)
{
    // L441-10 I: "Sauf dispositions contraires [...], le délai de règlement des sommes
    // dues est fixé au trentième jour suivant la date de réception des marchandises
    // ou d'exécution de la prestation demandée."
    return deliveryOrServiceDate.addDays(30);
}

PaymentTerms PaymentTerms::cash()
{
    return PaymentTerms(Kind::Cash, 0, 0);
}

PaymentTerms PaymentTerms::onReceipt()
{
    return PaymentTerms(Kind::OnReceipt, 0, 0);
}

Result<PaymentTerms> PaymentTerms::netDays(int days)
{
    return make(Kind::NetDays, days, 0, std::to_string(days));
}

Result<PaymentTerms> PaymentTerms::daysEndOfMonth(int days)
{
    return make(Kind::DaysEndOfMonth, days, 0, std::to_string(days));
}

Result<PaymentTerms> PaymentTerms::endOfMonthOnDay(int days, int dayOfMonth)
{
    return make(Kind::EndOfMonthOnDay, days, dayOfMonth, std::to_string(days) + ":" + std::to_string(dayOfMonth));
}

Result<PaymentTerms> PaymentTerms::make(Kind kind, int days, int dayOfMonth, std::string_view input)
{
    // A year is already far beyond anything lawful; more is a typing error.
    const bool daysOk = days >= 0 && days <= kMaxDays;
    const bool dayOk = kind != Kind::EndOfMonthOnDay || (dayOfMonth >= 1 && dayOfMonth <= 31);
    if (!daysOk || !dayOk)
        return Error(ErrorCode::InvalidFormat, {std::string(input)});
    return PaymentTerms(kind, days, dayOfMonth);
}

Result<PaymentTerms> PaymentTerms::parse(std::string_view input)
{
    const std::string_view trimmed = text::trim(input);
    if (trimmed.empty())
        return Error(ErrorCode::Empty, {std::string(input)});
    if (hasNegativeNumber(trimmed))
        return Error(ErrorCode::InvalidFormat, {std::string(trimmed)});
    const std::string folded = text::foldForSearch(trimmed);
    const auto tokens = tokenize(folded);
    const auto shape = tokens ? matchShape(*tokens) : std::nullopt;
    if (!shape)
        return Error(ErrorCode::UnknownValue, {std::string(trimmed)});
    return make(shape->kind, shape->days, shape->dayOfMonth, trimmed);
}

std::string PaymentTerms::label() const
{
    switch (m_kind) {
    case Kind::Cash: return "comptant";
    case Kind::OnReceipt: return "à réception";
    case Kind::NetDays: return daysText(m_days) + (m_days <= 1 ? " net" : " nets");
    case Kind::DaysEndOfMonth: return m_days == 0 ? "fin de mois" : daysText(m_days) + " fin de mois";
    case Kind::EndOfMonthOnDay:
        return (m_days == 0 ? std::string() : daysText(m_days) + " ") + "fin de mois le " + dayOfMonthText(m_dayOfMonth);
    }
    return {};
}

std::string PaymentTerms::code() const
{
    switch (m_kind) {
    case Kind::Cash: return "cash";
    case Kind::OnReceipt: return "receipt";
    case Kind::NetDays: return "net:" + std::to_string(m_days);
    case Kind::DaysEndOfMonth: return "eom:" + std::to_string(m_days);
    case Kind::EndOfMonthOnDay: return "eom-day:" + std::to_string(m_days) + ":" + std::to_string(m_dayOfMonth);
    }
    return {};
}

Result<PaymentTerms> PaymentTerms::fromCode(std::string_view code)
{
    if (code == "cash")
        return cash();
    if (code == "receipt")
        return onReceipt();
    const std::size_t colon = code.find(':');
    const std::string_view prefix = code.substr(0, colon);
    const auto numbers = colon == std::string_view::npos ? std::nullopt : codeNumbers(code.substr(colon + 1));
    const std::size_t count = numbers ? numbers->size() : 0;
    if (prefix == "net" && count == 1)
        return make(Kind::NetDays, (*numbers)[0], 0, code);
    if (prefix == "eom" && count == 1)
        return make(Kind::DaysEndOfMonth, (*numbers)[0], 0, code);
    if (prefix == "eom-day" && count == 2)
        return make(Kind::EndOfMonthOnDay, (*numbers)[0], (*numbers)[1], code);
    return Error(ErrorCode::UnknownValue, {std::string(code)});
}

Date PaymentTerms::dueDate(Date invoiceDate, EomMethod method) const
{
    switch (m_kind) {
    case Kind::Cash:
    case Kind::OnReceipt:
        // The receipt date is not known to the ledger; invoices travel electronically,
        // so the invoice date stands for it.
        return invoiceDate;
    case Kind::NetDays: return invoiceDate.addDays(m_days);
    case Kind::DaysEndOfMonth: return pc::core::daysEndOfMonth(invoiceDate, m_days, method);
    case Kind::EndOfMonthOnDay:
        // The usual reading of "30 jours fin de mois le 10": 30 days, the end of that
        // month, then the next 10th, whatever method is used for plain month ends.
        return nextDayOfMonth(invoiceDate.addDays(m_days).endOfMonth(), m_dayOfMonth);
    }
    return invoiceDate;
}

int PaymentTerms::nominalDays() const
{
    switch (m_kind) {
    case Kind::Cash:
    case Kind::OnReceipt: return 0;
    case Kind::NetDays: return m_days;
    case Kind::DaysEndOfMonth: return m_days + kAverageEomDays;
    case Kind::EndOfMonthOnDay: return m_days + kAverageEomDays + m_dayOfMonth;
    }
    return 0;
}

Date PaymentTerms::legalMaxDate(Date invoiceDate, EomMethod method) const
{
    // L441-10 I: at most 60 days after the invoice date...
    const Date sixtyDays = invoiceDate.addDays(kLegalMaxDays);
    // ...unless "45 jours fin de mois" is expressly agreed. These terms are that
    // agreement when they are an end-of-month term of at most 45 days: "30 jours fin de
    // mois" stays within the 45-day derogation, which is a maximum. Either counting
    // method is accepted (DGCCRF, CEPC), so the limit follows the one in use.
    const bool derogation = m_kind == Kind::DaysEndOfMonth && m_days <= kDerogationEomDays;
    if (!derogation)
        return sixtyDays;
    return std::max(sixtyDays, pc::core::daysEndOfMonth(invoiceDate, kDerogationEomDays, method));
}

bool PaymentTerms::isCompliant(Date invoiceDate, EomMethod method) const
{
    return dueDate(invoiceDate, method) <= legalMaxDate(invoiceDate, method);
}

} // namespace pc::core
