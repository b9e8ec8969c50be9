#pragma once

#include "core/ClientFile.h"
#include "core/PaymentTerms.h"
#include "core/Result.h"
#include "risk/BalanceSheetScores.h"
#include "risk/CreditLimit.h"
#include "risk/InternalScore.h"
#include "risk/Ratios.h"
#include "store/CreditRepository.h"

#include <QString>

#include <optional>
#include <vector>

namespace pc::app {

class Workspace;

// Everything stages 1 and 2 show about a client, as of the workspace's today.
struct CreditAnalysis {
    core::ClientFile client;
    std::vector<risk::FinancialStatement> statements; // oldest first, as filed
    std::vector<risk::YearRatios> years;               // oldest first
    std::optional<int> analysedYear;                   // the year scored (the last by default)
    std::vector<risk::ScoreResult> scores;             // of the analysed year
    risk::InternalScore internal;
    risk::LimitRecommendation recommendation;
    store::CreditProfile profile;
    std::optional<core::PaymentTerms> terms;
    std::optional<store::CreditLimitDecision> currentLimit;
    std::vector<store::CreditLimitDecision> history; // newest first
    risk::RiskPolicy policy;
    QString policyPath;

    const risk::YearRatios* analysedRatios() const;
    const risk::ScoreResult* score(const std::string& name) const;
};

// A credit limit as a person decides it.
struct LimitDecisionInput {
    core::Money amount;
    QString approver;
    QString reason;
    core::Date reviewDate;
};

// Stage 1 and 2 use cases: analysis of the statements, scores, recommendation, and
// the credit limit decided with an approver, a reason and a review date.
class CreditService {
public:
    explicit CreditService(Workspace& workspace) : m_ws(workspace) {}

    // Errors: the key's own error, NotFound, a broken policy file, StoreError.
    // `year`: the fiscal year to score; NotFound when there is no statement for it.
    core::Result<CreditAnalysis> analyze(const QString& key, std::optional<int> year = std::nullopt);
    core::Result<CreditAnalysis> analyze(qint64 clientId, std::optional<int> year = std::nullopt);

    // Errors: ReasonRequired, MissingField ("approver"), DateTooEarly (a review date
    // not after today), NotFound.
    core::Status setLimit(qint64 clientId, const LimitDecisionInput& decision);
    core::Result<store::CreditProfile> profile(qint64 clientId);
    core::Status saveProfile(qint64 clientId, const store::CreditProfile& profile);

private:
    Workspace& m_ws;
};

} // namespace pc::app
