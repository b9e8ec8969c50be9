#pragma once

#include "app/ImpactPolicy.h"
#include "app/RecoveryPolicy.h"
#include "core/Invoice.h"
#include "core/Result.h"
#include "core/ClientFile.h"
#include "receivables/Lettering.h"
#include "risk/CreditCheck.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace pc::app {

class Workspace;

// Stage 7 rules: how the automatic lettering works and how each segment should pay.
struct CollectPolicy {
    receivables::LetteringPolicy lettering;
    core::PaymentMethod defaultMethod = core::PaymentMethod::Transfer;
    std::map<std::string, core::PaymentMethod> methodBySegment;

    // The method recommended to a client of the segment.
    core::PaymentMethod recommendedFor(const std::string& segment) const;
};

// The settings that belong to the company rather than to a user, kept in the store so
// that a team shares them: who issues the invoices, the rules of the credit check, and
// who may override a BLOCK.
class SharedSettings {
    Q_DECLARE_TR_FUNCTIONS(SharedSettings)

public:
    explicit SharedSettings(Workspace& workspace) : m_ws(workspace) {}

    core::SellerIdentity seller();
    risk::CreditCheckPolicy checkPolicy();
    // Users allowed to override a BLOCK of the credit check. Empty: anyone (one
    // credit manager working alone).
    QStringList overrideUsers();
    bool mayOverride(const QString& user);
    CollectPolicy collectPolicy();
    RecoveryPolicy recoveryPolicy();
    ImpactPolicy impactPolicy();

    core::Status setSeller(const core::SellerIdentity& seller);
    core::Status setCheckPolicy(const risk::CreditCheckPolicy& policy);
    core::Status setOverrideUsers(const QStringList& users);
    core::Status setCollectPolicy(const CollectPolicy& policy);
    core::Status setRecoveryPolicy(const RecoveryPolicy& policy);
    core::Status setImpactPolicy(const ImpactPolicy& policy);

    // Every setting by its dotted key, for `settings show` and `settings set`:
    // "seller.name", "seller.siren", "check.tolerance", "check.include_open_orders",
    // "lettering.write_off_tolerance", "collect.segment_methods", …
    static QStringList keys();
    nlohmann::json toJson();
    // Sets one key from text as typed. Errors: UnknownField (the key), the value's own
    // error with the key as field.
    core::Status set(const QString& key, const QString& value);
    // The same rules on values in memory, for a form that saves everything at once.
    static core::Status apply(core::SellerIdentity& seller, risk::CreditCheckPolicy& policy, QStringList& overrideUsers,
                              const QString& key, const QString& value);
    // Seller, check rules and override users in one transaction.
    core::Status saveAll(const core::SellerIdentity& seller, const risk::CreditCheckPolicy& policy,
                         const QStringList& overrideUsers);

private:
    core::Status save(const QString& key, const nlohmann::json& value, const QString& action);
    static nlohmann::json usersJson(const QStringList& users);
    nlohmann::json costsJson();
    nlohmann::json provisionsJson();
    nlohmann::json load(const QString& key);
    Workspace& m_ws;
};

nlohmann::json toJson(const core::SellerIdentity& seller);
core::SellerIdentity sellerFromJson(const nlohmann::json& json);
nlohmann::json toJson(const risk::CreditCheckPolicy& policy);
risk::CreditCheckPolicy checkPolicyFromJson(const nlohmann::json& json);
nlohmann::json toJson(const CollectPolicy& policy);
CollectPolicy collectPolicyFromJson(const nlohmann::json& json);

} // namespace pc::app
