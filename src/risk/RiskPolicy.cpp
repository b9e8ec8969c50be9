#include "risk/RiskPolicy.h"

#include <algorithm>

namespace pc::risk {

const ClassLimitRule* RiskPolicy::limitRule(char riskClass) const
{
    const auto it = std::find_if(limitRules.begin(), limitRules.end(),
                                 [riskClass](const ClassLimitRule& r) { return r.riskClass == riskClass; });
    return it == limitRules.end() ? nullptr : &*it;
}

} // namespace pc::risk
