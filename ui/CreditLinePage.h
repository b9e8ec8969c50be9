#pragma once

#include "app/CreditService.h"
#include "ui/CreditPageBase.h"
#include "ui/RecordTableModel.h"

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace pc::ui {

// Stage 2, the credit line: the balance-sheet scores of the last year, the internal
// score and its class with the explanation of every point, the credit profile (terms,
// need, insurer, liens) the recommendation rests on, the recommended limit with each
// rule, and the limit decided by a person, with its reason and review date, kept in a
// history.
class CreditLinePage : public CreditPageBase {
    Q_OBJECT

public:
    explicit CreditLinePage(app::Workspace& workspace, QWidget* parent = nullptr);

    // Saves the profile form; false, with the problems shown, when refused.
    bool saveProfile();
    // Records the limit of the decision form; false, with the reason shown, when refused.
    bool grantLimit();

protected:
    void showAnalysis(const app::CreditAnalysis& analysis) override;
    void clientChanging() override;

private:
    // One line of the internal score's explanation: a factor, or an event's penalty.
    struct FactorLine {
        risk::ScoreContribution contribution;
        bool event = false;
    };

    QGroupBox* makeScoresBox();
    QGroupBox* makeInternalBox();
    QGroupBox* makeProfileBox();
    QGroupBox* makeRecommendationBox();
    QGroupBox* makeDecisionBox();
    QGroupBox* makeHistoryBox();
    void showScores(const app::CreditAnalysis& analysis);
    void showInternalScore(const app::CreditAnalysis& analysis);
    void showRecommendation(const app::CreditAnalysis& analysis);
    void loadProfile(const store::CreditProfile& profile);
    void previewTerms();
    void resetDecision();
    void showLimitProblem(QWidget* field, const QString& message);

    QGroupBox* m_scoresBox = nullptr;
    RecordTableModel<risk::ScoreResult>* m_scores;
    QLabel* m_noStatements = nullptr;
    QLabel* m_classBadge = nullptr;
    QLabel* m_scoreValue = nullptr;
    QLabel* m_classText = nullptr;
    QLabel* m_policy = nullptr;
    RecordTableModel<FactorLine>* m_factors;
    QLineEdit* m_terms = nullptr;
    QLabel* m_termsPreview = nullptr;
    QLineEdit* m_purchases = nullptr;
    QSpinBox* m_delay = nullptr;
    QLineEdit* m_insurer = nullptr;
    QSpinBox* m_liens = nullptr;
    QLabel* m_profileProblems = nullptr;
    QLabel* m_recommended = nullptr;
    QLabel* m_binding = nullptr;
    RecordTableModel<risk::LimitRule>* m_rules;
    std::string m_bindingRule;
    QLabel* m_deposit = nullptr;
    QLabel* m_current = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_approver = nullptr;
    QLineEdit* m_reason = nullptr;
    QDateEdit* m_review = nullptr;
    QLabel* m_limitProblem = nullptr;
    RecordTableModel<store::CreditLimitDecision>* m_history;
};

} // namespace pc::ui
