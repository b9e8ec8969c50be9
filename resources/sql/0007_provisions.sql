-- Stage 9: doubtful receivables, their provisions and write-offs. What the books hold
-- is recorded here per ledger entry (the tax rule: receivable by receivable); the
-- journal entries are computed from these rows.

-- An entry moved to 416 "clients douteux": once, with the rule that moved it and the
-- amount incl. VAT transferred.
CREATE TABLE doubtful_receivables (
    entry_id BIGINT PRIMARY KEY REFERENCES ledger_entries (id),
    company_id BIGINT NOT NULL REFERENCES companies (id),
    since TEXT NOT NULL,
    rule TEXT NOT NULL CHECK (rule IN ('age', 'proceedings', 'legal_action', 'dispute', 'manual')),
    rule_parameter TEXT NOT NULL DEFAULT '',
    rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    gross_cents BIGINT NOT NULL CHECK (gross_cents > 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX doubtful_receivables_since ON doubtful_receivables (since);

-- The rate the user set on one receivable, in place of the rules.
CREATE TABLE provision_rate_overrides (
    entry_id BIGINT PRIMARY KEY REFERENCES ledger_entries (id),
    rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

-- A receivable written off as irrecoverable; the adjustment entry closes it in the
-- receivables ledger.
CREATE TABLE write_offs (
    id {{ID}},
    entry_id BIGINT NOT NULL UNIQUE REFERENCES ledger_entries (id),
    company_id BIGINT NOT NULL REFERENCES companies (id),
    written_off_on TEXT NOT NULL,
    net_cents BIGINT NOT NULL CHECK (net_cents >= 0),
    vat_cents BIGINT NOT NULL CHECK (vat_cents >= 0),
    gross_cents BIGINT NOT NULL CHECK (gross_cents > 0 AND gross_cents = net_cents + vat_cents),
    from_doubtful INTEGER NOT NULL CHECK (from_doubtful IN (0, 1)),
    reason TEXT NOT NULL,
    adjustment_entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX write_offs_date ON write_offs (written_off_on);

-- Each change of an entry's provision: a dotation raises it, a reversal lowers it
-- (a payment, a lower rate, a write-off). The stock on a day is their sum up to it.
CREATE TABLE provision_bookings (
    id {{ID}},
    entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    booked_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('dotation', 'reversal')),
    base_cents BIGINT NOT NULL CHECK (base_cents >= 0),
    rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    write_off_id BIGINT REFERENCES write_offs (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX provision_bookings_entry ON provision_bookings (entry_id, booked_on);
CREATE INDEX provision_bookings_date ON provision_bookings (booked_on);
