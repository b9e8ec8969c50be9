-- Stage 7: payments, bank statements, imported ledgers and lettering.

-- One act of lettering: the rule that made it, when, by whom. Allocations it wrote and
-- the write-off entry it added point back to it, so that it can be undone.
CREATE TABLE letterings (
    id {{ID}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    rule TEXT NOT NULL
        CHECK (rule IN ('reference', 'amount', 'combination', 'partial', 'manual', 'imported')),
    lettered_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX letterings_company ON letterings (company_id);

ALTER TABLE ledger_allocations ADD COLUMN lettering_id BIGINT REFERENCES letterings (id);
CREATE INDEX ledger_allocations_lettering ON ledger_allocations (lettering_id);

-- The letter code of a balanced group ("AA", "AB"…), per client, and its date.
ALTER TABLE ledger_entries ADD COLUMN letter TEXT;
ALTER TABLE ledger_entries ADD COLUMN lettered_on TEXT;
-- The file an entry came from (bank statement, FEC, open items).
ALTER TABLE ledger_entries ADD COLUMN import_id BIGINT REFERENCES imports (id);
-- The lettering that wrote this entry (a payment difference written off).
ALTER TABLE ledger_entries ADD COLUMN lettering_id BIGINT REFERENCES letterings (id);
-- The accounting entry number (FEC EcritureNum) and the general account (411…).
ALTER TABLE ledger_entries ADD COLUMN entry_number TEXT NOT NULL DEFAULT '';
ALTER TABLE ledger_entries ADD COLUMN account TEXT NOT NULL DEFAULT '';

-- What is still open on the entry today (its amount less its allocations), kept with
-- every allocation written or removed, so that lettering and aging read open items
-- without adding up allocations. Amounts as of a past date still come from the
-- allocations.
ALTER TABLE ledger_entries ADD COLUMN open_cents BIGINT NOT NULL DEFAULT 0;
UPDATE ledger_entries SET open_cents = ABS(debit_cents - credit_cents) - COALESCE(
    (SELECT SUM(a.amount_cents) FROM ledger_allocations a
     WHERE a.debit_entry_id = ledger_entries.id OR a.credit_entry_id = ledger_entries.id), 0);

CREATE INDEX ledger_entries_letter ON ledger_entries (company_id, letter);
CREATE INDEX ledger_entries_open ON ledger_entries (company_id, open_cents);
CREATE INDEX ledger_entries_piece ON ledger_entries (piece);

-- The last letter code given to each client's groups, so that codes never repeat.
CREATE TABLE letter_series (
    company_id BIGINT PRIMARY KEY REFERENCES companies (id),
    last_code TEXT NOT NULL
);

-- Payment and bank lines are looked up by the payer's IBAN.
CREATE INDEX accounts_iban ON accounts (iban);

-- What a payment entry knows beyond the ledger line: how it was paid and what the bank
-- said about it.
CREATE TABLE payments (
    entry_id BIGINT PRIMARY KEY REFERENCES ledger_entries (id) ON DELETE CASCADE,
    method TEXT
        CHECK (method IN ('transfer', 'sepa_direct_debit', 'lcr', 'cheque', 'card', 'bill_of_exchange')),
    bank_reference TEXT NOT NULL DEFAULT '',
    remittance TEXT NOT NULL DEFAULT '',
    payer_name TEXT NOT NULL DEFAULT '',
    payer_iban TEXT NOT NULL DEFAULT '',
    value_date TEXT,
    bank_line_id BIGINT
);

-- Every movement of an imported bank statement. Money in from a known client becomes
-- a payment; money in from nobody known waits for a person; money out is kept for the
-- record.
CREATE TABLE bank_lines (
    id {{ID}},
    import_id BIGINT NOT NULL REFERENCES imports (id),
    line_no INTEGER NOT NULL,
    bank_account TEXT NOT NULL DEFAULT '',
    booking_date TEXT NOT NULL,
    value_date TEXT,
    amount_cents BIGINT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    remittance TEXT NOT NULL DEFAULT '',
    counterparty_name TEXT NOT NULL DEFAULT '',
    counterparty_iban TEXT NOT NULL DEFAULT '',
    counterparty_id TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    operation_code TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('payment', 'unmatched', 'outgoing')),
    matched_by TEXT NOT NULL DEFAULT '',
    company_id BIGINT REFERENCES companies (id),
    entry_id BIGINT REFERENCES ledger_entries (id)
);

CREATE INDEX bank_lines_status ON bank_lines (status);
CREATE INDEX bank_lines_import ON bank_lines (import_id);
