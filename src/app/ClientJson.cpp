#include "app/ClientJson.h"

#include "app/Labels.h"

namespace pc::app {

using nlohmann::json;
using namespace pc::core;

namespace {

json dateOrNull(const std::optional<Date>& date)
{
    return date ? json(date->toIso()) : json(nullptr);
}

template <class T>
json strOrNull(const std::optional<T>& value)
{
    return value ? json(value->str()) : json(nullptr);
}

json textOrNull(const QString& text)
{
    return text.isEmpty() ? json(nullptr) : json(text.toStdString());
}

} // namespace

json toJson(const Address& a)
{
    return {{"line1", a.line1}, {"line2", a.line2}, {"postal_code", a.postalCode}, {"city", a.city},
            {"country", a.country}};
}

json toJson(const ClientFile& f)
{
    const Company& c = f.company;
    const ClientAccount& a = f.account;
    json establishments = json::array();
    for (const Establishment& e : f.establishments)
        establishments.push_back({{"siret", e.siret.str()},
                                  {"head_office", e.headOffice},
                                  {"name", e.name},
                                  {"address", toJson(e.address)},
                                  {"closed", e.closed}});
    json contacts = json::array();
    for (const Contact& contact : f.contacts)
        contacts.push_back({{"role", toCode(contact.role)},
                            {"name", contact.name},
                            {"phone", contact.phone},
                            {"email", contact.email}});
    const auto vat = f.vatNumber();
    return {
        {"id", f.id},
        {"siren", strOrNull(c.siren)},
        {"name", c.name},
        {"legal_form", c.legalForm},
        {"naf_code", c.nafCode},
        {"creation_date", dateOrNull(c.creationDate)},
        {"company_status", toCode(c.status)},
        {"proceedings", toCode(c.proceedings)},
        {"proceedings_date", dateOrNull(c.proceedingsDate)},
        {"address", toJson(c.address)},
        {"vat_number", vat ? json(vat->str()) : json(nullptr)},
        {"account",
         {{"number", a.number},
          {"status", toCode(a.status)},
          {"segment", a.segment},
          {"sales_rep", a.salesRep},
          {"payment_method", a.paymentMethod ? json(toCode(*a.paymentMethod)) : json(nullptr)},
          {"iban", strOrNull(a.iban)},
          {"bic", strOrNull(a.bic)},
          {"kbis_date", dateOrNull(a.kbisDate)},
          {"terms_signed_date", dateOrNull(a.termsSignedDate)},
          {"billing_address", toJson(a.billingAddress)},
          {"opened_on", dateOrNull(a.openedOn)}}},
        {"establishments", establishments},
        {"contacts", contacts},
    };
}

json toJson(const OpeningChecklist& checklist)
{
    json items = json::array();
    for (const ChecklistLine& line : checklist.lines())
        items.push_back({{"item", toCode(line.item)},
                         {"satisfied", line.satisfied},
                         {"reason", line.reason.empty() ? json(nullptr) : json(line.reason)},
                         {"label", Labels::checklistItem(line.item).toStdString()},
                         {"message", line.satisfied ? json(nullptr) : json(Labels::checklistGap(line).toStdString())}});
    return {{"complete", checklist.isComplete()}, {"items", items}};
}

json toJson(const store::ClientSummary& s)
{
    return {{"id", s.id},
            {"siren", textOrNull(s.siren)},
            {"name", s.name.toStdString()},
            {"account", s.accountNumber.toStdString()},
            {"status", s.status.toStdString()},
            {"city", s.city.toStdString()},
            {"segment", s.segment.toStdString()},
            {"sales_rep", s.salesRep.toStdString()}};
}

} // namespace pc::app
