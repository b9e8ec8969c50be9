-- Stages 1 and 2: financial statements as liasse line codes, the credit profile of
-- each client (inputs of the credit line), and the history of credit limits.

CREATE TABLE financial_statements (
    id {{ID}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    closing_date TEXT NOT NULL,
    months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 24),
    regime TEXT NOT NULL CHECK (regime IN ('normal', 'simplified')),
    source TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'EUR',
    entered_at TEXT NOT NULL,
    entered_by TEXT NOT NULL,
    UNIQUE (company_id, closing_date)
);

CREATE TABLE statement_lines (
    statement_id BIGINT NOT NULL REFERENCES financial_statements (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    PRIMARY KEY (statement_id, code)
);

CREATE TABLE credit_profiles (
    company_id BIGINT PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
    payment_terms TEXT NOT NULL DEFAULT 'net:30',
    expected_annual_purchases_cents BIGINT,
    usual_delay_days INTEGER NOT NULL DEFAULT 0,
    insurer_cover_cents BIGINT,
    liens INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE credit_limits (
    id {{ID}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
    recommended_cents BIGINT,
    risk_class TEXT,
    policy_version INTEGER,
    approver TEXT NOT NULL,
    reason TEXT NOT NULL,
    review_date TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL
);

CREATE INDEX credit_limits_company ON credit_limits (company_id, id);
