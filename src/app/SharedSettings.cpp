#include "app/SharedSettings.h"

#include "app/ClientJson.h"
#include "app/ClientService.h"
#include "app/Workspace.h"
#include "store/AuditLog.h"
#include "app/AnalyticsService.h"
#include "app/ProvisionService.h"
#include "store/SettingsRepository.h"
#include "store/Transaction.h"

#include <QRegularExpression>

#include <functional>
#include <map>

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Status;
using nlohmann::json;

namespace {

const QString kSeller = QStringLiteral("seller");
const QString kCheck = QStringLiteral("credit_check");
const QString kOverride = QStringLiteral("override_users");
const QString kCollect = QStringLiteral("collect");
const QString kRecovery = QStringLiteral("recovery");
const QString kImpact = QStringLiteral("impact");

template <class T>
json strOrNull(const std::optional<T>& value)
{
    return value ? json(value->str()) : json(nullptr);
}

json rateOrNull(const std::optional<core::Rate>& rate)
{
    return rate ? json(rate->toString()) : json(nullptr);
}

template <class T>
std::optional<T> parsed(const json& j, const char* key)
{
    if (!j.contains(key) || !j[key].is_string())
        return std::nullopt;
    auto value = T::parse(j[key].get<std::string>());
    return value ? std::optional<T>(*value) : std::nullopt;
}

std::optional<core::Rate> rateFrom(const json& j, const char* key)
{
    if (!j.contains(key) || !j[key].is_string())
        return std::nullopt;
    auto rate = core::Rate::parsePercent(j[key].get<std::string>());
    return rate ? std::optional(*rate) : std::nullopt;
}

core::Address addressFrom(const json& j)
{
    if (!j.is_object())
        return {};
    return {j.value("line1", ""), j.value("line2", ""), j.value("postal_code", ""), j.value("city", ""),
            j.value("country", "FR")};
}

Status boolInto(bool& target, const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("oui") || t == QLatin1String("true") || t == QLatin1String("1"))
        target = true;
    else if (t == QLatin1String("no") || t == QLatin1String("non") || t == QLatin1String("false") || t == QLatin1String("0"))
        target = false;
    else
        return Error(ErrorCode::UnknownValue, {text.toStdString()});
    return {};
}

template <class T>
Status parsedInto(std::optional<T>& target, const QString& text)
{
    if (text.trimmed().isEmpty()) {
        target.reset();
        return {};
    }
    auto value = T::parse(text.toStdString());
    if (!value)
        return value.error();
    target = *value;
    return {};
}

Status rateInto(std::optional<core::Rate>& target, const QString& text)
{
    if (text.trimmed().isEmpty()) {
        target.reset();
        return {};
    }
    auto rate = core::Rate::parsePercent(text.toStdString());
    if (!rate)
        return rate.error();
    target = *rate;
    return {};
}

Status daysInto(int& target, const QString& text)
{
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok || days < 0)
        return Error(ErrorCode::InvalidNumber, {text.toStdString()});
    target = days;
    return {};
}

using SellerSetter = std::function<Status(core::SellerIdentity&, const QString&)>;
using CheckSetter = std::function<Status(risk::CreditCheckPolicy&, const QString&)>;

SellerSetter text(std::string core::SellerIdentity::*field)
{
    return [field](core::SellerIdentity& s, const QString& v) {
        s.*field = v.trimmed().toStdString();
        return Status();
    };
}

SellerSetter addressPart(std::string core::Address::*field)
{
    return [field](core::SellerIdentity& s, const QString& v) {
        s.address.*field = v.trimmed().toStdString();
        return Status();
    };
}

const std::map<QString, SellerSetter>& sellerSetters()
{
    static const std::map<QString, SellerSetter> setters{
        {QStringLiteral("seller.name"), text(&core::SellerIdentity::name)},
        {QStringLiteral("seller.legal_form"), text(&core::SellerIdentity::legalForm)},
        {QStringLiteral("seller.share_capital"), text(&core::SellerIdentity::shareCapital)},
        {QStringLiteral("seller.rcs"), text(&core::SellerIdentity::rcsCity)},
        {QStringLiteral("seller.siren"), [](auto& s, const QString& v) { return parsedInto(s.siren, v); }},
        {QStringLiteral("seller.address.line1"), addressPart(&core::Address::line1)},
        {QStringLiteral("seller.address.line2"), addressPart(&core::Address::line2)},
        {QStringLiteral("seller.address.postal_code"), addressPart(&core::Address::postalCode)},
        {QStringLiteral("seller.address.city"), addressPart(&core::Address::city)},
        {QStringLiteral("seller.iban"), [](auto& s, const QString& v) { return parsedInto(s.iban, v); }},
        {QStringLiteral("seller.bic"), [](auto& s, const QString& v) { return parsedInto(s.bic, v); }},
        {QStringLiteral("seller.nature"),
         [](auto& s, const QString& v) {
             auto nature = core::operationNatureFromCode(v.trimmed().toStdString());
             if (!nature)
                 return Status(Error(ErrorCode::UnknownValue, {v.toStdString()}));
             s.nature = *nature;
             return Status();
         }},
        {QStringLiteral("seller.penalty_rate"), [](auto& s, const QString& v) { return rateInto(s.penaltyRate, v); }},
        {QStringLiteral("seller.discount_rate"),
         [](auto& s, const QString& v) { return rateInto(s.earlyPaymentDiscount, v); }},
        {QStringLiteral("seller.vat_on_debits"), [](auto& s, const QString& v) { return boolInto(s.vatOnDebits, v); }},
    };
    return setters;
}

const std::map<QString, CheckSetter>& checkSetters()
{
    static const std::map<QString, CheckSetter> setters{
        {QStringLiteral("check.include_receivables"),
         [](auto& p, const QString& v) { return boolInto(p.include.receivables, v); }},
        {QStringLiteral("check.include_delivered_not_invoiced"),
         [](auto& p, const QString& v) { return boolInto(p.include.deliveredNotInvoiced, v); }},
        {QStringLiteral("check.include_open_orders"),
         [](auto& p, const QString& v) { return boolInto(p.include.openOrders, v); }},
        {QStringLiteral("check.include_deposits"),
         [](auto& p, const QString& v) { return boolInto(p.include.deposits, v); }},
        {QStringLiteral("check.tolerance"),
         [](auto& p, const QString& v) {
             auto rate = core::Rate::parsePercent(v.toStdString());
             if (!rate || rate->basisPoints() < 0)
                 return Status(rate ? Error(ErrorCode::InvalidNumber, {v.toStdString()}) : rate.error());
             p.limitTolerance = *rate;
             return Status();
         }},
        {QStringLiteral("check.overdue_threshold"),
         [](auto& p, const QString& v) {
             auto amount = core::Money::parse(v.toStdString());
             if (!amount || amount->isNegative())
                 return Status(amount ? Error(ErrorCode::InvalidNumber, {v.toStdString()}) : amount.error());
             p.overdueAmountThreshold = *amount;
             return Status();
         }},
        {QStringLiteral("check.overdue_days"), [](auto& p, const QString& v) { return daysInto(p.overdueDaysLimit, v); }},
        {QStringLiteral("check.disputes_block"), [](auto& p, const QString& v) { return boolInto(p.disputesBlock, v); }},
        {QStringLiteral("check.minimum_class"),
         [](auto& p, const QString& v) {
             const QString c = v.trimmed().toUpper();
             if (c.size() != 1 || c.at(0) < QLatin1Char('A') || c.at(0) > QLatin1Char('E'))
                 return Status(Error(ErrorCode::UnknownValue, {v.toStdString()}));
             p.minimumClass = c.at(0).toLatin1();
             return Status();
         }},
    };
    return setters;
}

using CollectSetter = std::function<Status(CollectPolicy&, const QString&)>;

Status methodInto(core::PaymentMethod& target, const QString& text)
{
    const auto method = core::paymentMethodFromCode(text.trimmed().toLower().toStdString());
    if (!method)
        return Error(ErrorCode::UnknownValue, {text.toStdString()});
    target = *method;
    return {};
}

// "PME=lcr; GE=transfer": the method of each segment; an empty text clears them.
Status segmentMethodsInto(std::map<std::string, core::PaymentMethod>& target, const QString& text)
{
    std::map<std::string, core::PaymentMethod> methods;
    for (const QString& pair : text.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error(ErrorCode::InvalidFormat, {pair.trimmed().toStdString(), "segment=method"});
        core::PaymentMethod method{};
        if (auto status = methodInto(method, pair.mid(equals + 1)); !status)
            return status;
        methods[pair.left(equals).trimmed().toStdString()] = method;
    }
    target = std::move(methods);
    return {};
}

const std::map<QString, CollectSetter>& collectSetters()
{
    static const std::map<QString, CollectSetter> setters{
        {QStringLiteral("lettering.allow_partial"),
         [](auto& p, const QString& v) { return boolInto(p.lettering.allowPartial, v); }},
        {QStringLiteral("lettering.write_off_tolerance"),
         [](auto& p, const QString& v) {
             auto amount = core::Money::parse(v.toStdString());
             if (!amount || amount->isNegative())
                 return Status(amount ? Error(ErrorCode::InvalidNumber, {v.toStdString()}) : amount.error());
             p.lettering.writeOffTolerance = *amount;
             return Status();
         }},
        {QStringLiteral("lettering.combination_max_items"),
         [](auto& p, const QString& v) {
             int items = 0;
             if (auto status = daysInto(items, v); !status || items < 2 || items > 8)
                 return Status(Error(ErrorCode::InvalidNumber, {v.toStdString(), "2", "8"}));
             p.lettering.combinationMaxItems = items;
             return Status();
         }},
        {QStringLiteral("collect.default_method"), [](auto& p, const QString& v) { return methodInto(p.defaultMethod, v); }},
        {QStringLiteral("collect.segment_methods"),
         [](auto& p, const QString& v) { return segmentMethodsInto(p.methodBySegment, v); }},
    };
    return setters;
}

} // namespace

core::PaymentMethod CollectPolicy::recommendedFor(const std::string& segment) const
{
    const auto it = methodBySegment.find(segment);
    return it == methodBySegment.end() ? defaultMethod : it->second;
}

json toJson(const CollectPolicy& p)
{
    json segments = json::object();
    for (const auto& [segment, method] : p.methodBySegment)
        segments[segment] = std::string(core::toCode(method));
    return {{"allow_partial", p.lettering.allowPartial},
            {"write_off_tolerance_cents", p.lettering.writeOffTolerance.cents()},
            {"combination_max_items", p.lettering.combinationMaxItems},
            {"default_method", std::string(core::toCode(p.defaultMethod))},
            {"segment_methods", segments}};
}

CollectPolicy collectPolicyFromJson(const json& j)
{
    CollectPolicy p;
    if (!j.is_object())
        return p;
    p.lettering.allowPartial = j.value("allow_partial", p.lettering.allowPartial);
    p.lettering.writeOffTolerance = core::Money::fromCents(j.value("write_off_tolerance_cents", std::int64_t{0}));
    p.lettering.combinationMaxItems = j.value("combination_max_items", p.lettering.combinationMaxItems);
    p.defaultMethod = core::paymentMethodFromCode(j.value("default_method", "transfer")).value_or(p.defaultMethod);
    if (const auto it = j.find("segment_methods"); it != j.end() && it->is_object())
        for (const auto& [segment, method] : it->items())
            if (method.is_string())
                if (const auto m = core::paymentMethodFromCode(method.get<std::string>()))
                    p.methodBySegment[segment] = *m;
    return p;
}

json toJson(const core::SellerIdentity& s)
{
    return {{"name", s.name},
            {"legal_form", s.legalForm},
            {"share_capital", s.shareCapital},
            {"siren", strOrNull(s.siren)},
            {"vat_number", strOrNull(s.vatNumber())},
            {"rcs", s.rcsCity},
            {"address", toJson(s.address)},
            {"iban", strOrNull(s.iban)},
            {"bic", strOrNull(s.bic)},
            {"nature", std::string(core::toCode(s.nature))},
            {"penalty_rate", rateOrNull(s.penaltyRate)},
            {"discount_rate", rateOrNull(s.earlyPaymentDiscount)},
            {"vat_on_debits", s.vatOnDebits}};
}

core::SellerIdentity sellerFromJson(const json& j)
{
    core::SellerIdentity s;
    if (!j.is_object())
        return s;
    s.name = j.value("name", "");
    s.legalForm = j.value("legal_form", "");
    s.shareCapital = j.value("share_capital", "");
    s.siren = parsed<core::Siren>(j, "siren");
    s.rcsCity = j.value("rcs", "");
    s.address = addressFrom(j.value("address", json::object()));
    s.iban = parsed<core::Iban>(j, "iban");
    s.bic = parsed<core::Bic>(j, "bic");
    s.nature = core::operationNatureFromCode(j.value("nature", "goods")).value_or(core::OperationNature::Goods);
    s.penaltyRate = rateFrom(j, "penalty_rate");
    s.earlyPaymentDiscount = rateFrom(j, "discount_rate");
    s.vatOnDebits = j.value("vat_on_debits", false);
    return s;
}

json toJson(const risk::CreditCheckPolicy& p)
{
    return {{"include_receivables", p.include.receivables},
            {"include_delivered_not_invoiced", p.include.deliveredNotInvoiced},
            {"include_open_orders", p.include.openOrders},
            {"include_deposits", p.include.deposits},
            {"tolerance", p.limitTolerance.toString()},
            {"overdue_threshold_cents", p.overdueAmountThreshold.cents()},
            {"overdue_days", p.overdueDaysLimit},
            {"disputes_block", p.disputesBlock},
            {"minimum_class", std::string(1, p.minimumClass)}};
}

risk::CreditCheckPolicy checkPolicyFromJson(const json& j)
{
    risk::CreditCheckPolicy p;
    if (!j.is_object())
        return p;
    p.include.receivables = j.value("include_receivables", true);
    p.include.deliveredNotInvoiced = j.value("include_delivered_not_invoiced", true);
    p.include.openOrders = j.value("include_open_orders", true);
    p.include.deposits = j.value("include_deposits", true);
    p.limitTolerance = rateFrom(j, "tolerance").value_or(p.limitTolerance);
    p.overdueAmountThreshold = core::Money::fromCents(j.value("overdue_threshold_cents", std::int64_t{0}));
    p.overdueDaysLimit = j.value("overdue_days", p.overdueDaysLimit);
    p.disputesBlock = j.value("disputes_block", false);
    const std::string c = j.value("minimum_class", std::string(1, p.minimumClass));
    p.minimumClass = c.size() == 1 ? c.front() : p.minimumClass;
    return p;
}

json SharedSettings::costsJson()
{
    const receivables::CostRates r = AnalyticsSettings::load(m_ws).rates;
    json actions = json::object();
    for (const auto& [channel, cost] : r.actionCost)
        actions[channel] = cost.cents();
    json losses = json::object();
    for (const auto& [riskClass, bp] : r.lossBpByClass)
        losses[riskClass] = bp;
    losses["unrated"] = r.unratedLossBp;
    return {{"finance_rate_bp", r.financeRateBp},
            {"margin_bp", r.marginBp},
            {"action_cost_cents", actions},
            {"loss_bp", losses}};
}

json SharedSettings::provisionsJson()
{
    auto rules = ProvisionService(m_ws).rules();
    return rules ? app::toJson(*rules) : json(nullptr);
}

json SharedSettings::load(const QString& key)
{
    const auto text = store::SettingsRepository(m_ws.db()).value(key);
    if (!text)
        return nullptr;
    return json::parse(text->toStdString(), nullptr, false);
}

Status SharedSettings::save(const QString& key, const json& value, const QString& action)
{
    return guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        const json before = load(key);
        if (auto status = store::SettingsRepository(m_ws.db()).setValue(key, QString::fromStdString(value.dump()),
                                                                        m_ws.actor(), m_ws.clock().now());
            !status)
            return status;
        store::AuditEntry entry;
        entry.at = m_ws.clock().now();
        entry.actor = m_ws.actor();
        entry.action = action;
        entry.entity = QStringLiteral("settings");
        entry.entityKey = key;
        entry.before = before;
        entry.after = value;
        if (auto status = store::AuditLog(m_ws.db()).record(entry); !status)
            return status;
        return tx.commit();
    });
}

core::SellerIdentity SharedSettings::seller()
{
    return sellerFromJson(load(kSeller));
}

risk::CreditCheckPolicy SharedSettings::checkPolicy()
{
    return checkPolicyFromJson(load(kCheck));
}

QStringList SharedSettings::overrideUsers()
{
    QStringList users;
    const json list = load(kOverride);
    if (list.is_array())
        for (const json& u : list)
            if (u.is_string())
                users << QString::fromStdString(u.get<std::string>());
    return users;
}

CollectPolicy SharedSettings::collectPolicy()
{
    return collectPolicyFromJson(load(kCollect));
}

Status SharedSettings::setCollectPolicy(const CollectPolicy& policy)
{
    return save(kCollect, app::toJson(policy), QStringLiteral("settings.collect"));
}

RecoveryPolicy SharedSettings::recoveryPolicy()
{
    return recoveryPolicyFromJson(load(kRecovery));
}

ImpactPolicy SharedSettings::impactPolicy()
{
    return impactPolicyFromJson(load(kImpact));
}

Status SharedSettings::setImpactPolicy(const ImpactPolicy& policy)
{
    return save(kImpact, app::toJson(policy), QStringLiteral("settings.impact"));
}

Status SharedSettings::setRecoveryPolicy(const RecoveryPolicy& policy)
{
    return save(kRecovery, app::toJson(policy), QStringLiteral("settings.recovery"));
}

bool SharedSettings::mayOverride(const QString& user)
{
    const QStringList users = overrideUsers();
    return users.isEmpty() || users.contains(user, Qt::CaseInsensitive);
}

Status SharedSettings::setSeller(const core::SellerIdentity& seller)
{
    return save(kSeller, app::toJson(seller), QStringLiteral("settings.seller"));
}

Status SharedSettings::setCheckPolicy(const risk::CreditCheckPolicy& policy)
{
    return save(kCheck, app::toJson(policy), QStringLiteral("settings.credit_check"));
}

Status SharedSettings::setOverrideUsers(const QStringList& users)
{
    return save(kOverride, usersJson(users), QStringLiteral("settings.override_users"));
}

QStringList SharedSettings::keys()
{
    QStringList keys;
    for (const auto& [key, setter] : sellerSetters())
        keys << key;
    for (const auto& [key, setter] : checkSetters())
        keys << key;
    keys << QStringLiteral("check.override_users");
    for (const auto& [key, setter] : collectSetters())
        keys << key;
    for (const auto& [key, setter] : recoverySetters())
        keys << key;
    for (const auto& [key, setter] : impactSetters())
        keys << key;
    keys << AnalyticsSettings::keys() << ProvisionService::kRulesKey;
    return keys;
}

json SharedSettings::toJson()
{
    json check = app::toJson(checkPolicy());
    check["override_users"] = usersJson(overrideUsers());
    return {{"seller", app::toJson(seller())}, {"check", check}, {"collect", app::toJson(collectPolicy())},
            {"recovery", app::toJson(recoveryPolicy())}, {"impact", app::toJson(impactPolicy())},
            {"costs", costsJson()}, {"provisions", provisionsJson()}};
}

Status SharedSettings::apply(core::SellerIdentity& seller, risk::CreditCheckPolicy& policy, QStringList& overrideUsers,
                             const QString& key, const QString& value)
{
    const auto withField = [&](Status status) {
        if (!status)
            status.error().inField(key.toStdString());
        return status;
    };
    if (auto it = sellerSetters().find(key); it != sellerSetters().end())
        return withField(it->second(seller, value));
    if (auto it = checkSetters().find(key); it != checkSetters().end())
        return withField(it->second(policy, value));
    if (key == QLatin1String("check.override_users")) {
        overrideUsers.clear();
        for (const QString& u : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!u.trimmed().isEmpty())
                overrideUsers << u.trimmed();
        return {};
    }
    return Error(ErrorCode::UnknownField, {key.toStdString()});
}

Status SharedSettings::set(const QString& key, const QString& value)
{
    return guardStore([&]() -> Status {
        // Read and written in one transaction, so that two people setting two keys
        // at once do not undo each other.
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        if (auto it = collectSetters().find(key); it != collectSetters().end()) {
            CollectPolicy policy = collectPolicy();
            if (auto status = it->second(policy, value); !status)
                return status.error().inField(key.toStdString());
            if (auto status = setCollectPolicy(policy); !status)
                return status;
            return tx.commit();
        }
        if (auto it = recoverySetters().find(key); it != recoverySetters().end()) {
            RecoveryPolicy policy = recoveryPolicy();
            if (auto status = it->second(policy, value); !status)
                return status.error().inField(key.toStdString());
            if (auto status = setRecoveryPolicy(policy); !status)
                return status;
            return tx.commit();
        }
        if (AnalyticsSettings::keys().contains(key)) {
            bool ok = false;
            const qlonglong n = value.trimmed().toLongLong(&ok);
            if (!ok || n < 0)
                return Error(ErrorCode::InvalidNumber, {value.toStdString()}).inField(key.toStdString());
            if (auto status = save(key, json(n), QStringLiteral("settings.costs")); !status)
                return status;
            return tx.commit();
        }
        if (key == ProvisionService::kRulesKey) {
            if (auto status = ProvisionService(m_ws).setRulesText(value); !status)
                return status;
            return tx.commit();
        }
        if (auto it = impactSetters().find(key); it != impactSetters().end()) {
            ImpactPolicy policy = impactPolicy();
            if (auto status = it->second(policy, value); !status)
                return status.error().inField(key.toStdString());
            if (auto status = setImpactPolicy(policy); !status)
                return status;
            return tx.commit();
        }
        core::SellerIdentity s = seller();
        risk::CreditCheckPolicy p = checkPolicy();
        QStringList users = overrideUsers();
        if (auto status = apply(s, p, users, key, value); !status)
            return status;
        Status saved = key.startsWith(QLatin1String("seller.")) ? setSeller(s)
                       : key == QLatin1String("check.override_users") ? setOverrideUsers(users)
                                                                       : setCheckPolicy(p);
        if (!saved)
            return saved;
        return tx.commit();
    });
}

Status SharedSettings::saveAll(const core::SellerIdentity& seller, const risk::CreditCheckPolicy& policy,
                               const QStringList& overrideUsers)
{
    return guardStore([&]() -> Status {
        store::Transaction tx(m_ws.db());
        if (!tx.started())
            return tx.startStatus();
        if (auto status = setSeller(seller); !status)
            return status;
        if (auto status = setCheckPolicy(policy); !status)
            return status;
        if (auto status = setOverrideUsers(overrideUsers); !status)
            return status;
        return tx.commit();
    });
}

json SharedSettings::usersJson(const QStringList& users)
{
    json list = json::array();
    for (const QString& u : users)
        if (!u.trimmed().isEmpty())
            list.push_back(u.trimmed().toStdString());
    return list;
}

} // namespace pc::app
