#pragma once

#include "core/Result.h"
#include "risk/RiskPolicy.h"

#include <QByteArray>
#include <QString>

namespace pc::app {

// The credit policy a credit manager owns: resources/risk/risk_policy.json is built
// in; a copy named risk_policy.json in the data folder replaces it. Errors name the
// file and the field.
class RiskPolicyFile {
public:
    static QString builtInPath();  // ":/risk/risk_policy.json"
    static QString userPath();     // <data folder>/risk_policy.json
    // The user's policy when there is one, else the built-in one.
    static core::Result<risk::RiskPolicy> load();
    static core::Result<risk::RiskPolicy> loadFile(const QString& path);
    static core::Result<risk::RiskPolicy> parse(const QByteArray& json, const std::string& fileName);
    // Where the policy in use comes from.
    static QString activePath();
};

} // namespace pc::app
