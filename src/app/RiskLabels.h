#pragma once

#include "risk/BalanceSheetScores.h"
#include "risk/Ratios.h"

#include <QCoreApplication>
#include <QString>

namespace pc::app {

// The words of stages 1 and 2: ratio names and their definitions (the tooltips),
// formatted values, scores and zones, internal-score factors, limit rules.
class RiskLabels {
    Q_DECLARE_TR_FUNCTIONS(RiskLabels)

public:
    static QString ratioName(const std::string& key);
    // How the ratio is computed, with the liasse lines, for tooltips.
    static QString ratioDefinition(const std::string& key);
    // "12,5 %", "61 j", "1,2 an", "1 234,56 €", or why it is unknown.
    static QString ratioValue(const risk::RatioValue& value);
    static QString unavailable(const std::string& reason);
    static QString flag(const std::string& flag);

    static QString scoreName(const std::string& engineName);
    static QString scoreDefinition(const std::string& engineName);
    static QString scoreValue(const risk::ScoreResult& score);
    static QString zone(const std::string& zone);

    static QString factorName(const std::string& key);
    static QString limitRuleName(const std::string& key);
    static QString classDescription(char riskClass);
};

} // namespace pc::app
