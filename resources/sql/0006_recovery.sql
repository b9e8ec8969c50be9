-- Stage 8: recovery. Disputes gain a reason, an owner and a resolution; promises to
-- pay, dunning actions with the items they covered, legal files, and editable
-- document templates.

-- A dispute is on a ledger entry (an invoice of PosteClient or an imported one).
ALTER TABLE disputes ADD COLUMN entry_id BIGINT REFERENCES ledger_entries (id);
UPDATE disputes SET entry_id =
    (SELECT e.id FROM ledger_entries e WHERE e.invoice_id = disputes.invoice_id AND e.kind = 'invoice')
    WHERE invoice_id IS NOT NULL;
ALTER TABLE disputes ADD COLUMN reason_code TEXT NOT NULL DEFAULT 'other'
    CHECK (reason_code IN ('price', 'quantity', 'quality', 'delivery', 'billing_error', 'duplicate', 'other'));
-- Disputes closed before this version carry no resolution: they count as rejected.
ALTER TABLE disputes ADD COLUMN status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'investigating', 'credit_note', 'rejected', 'partially'));
UPDATE disputes SET status = 'rejected' WHERE closed_on IS NOT NULL;
ALTER TABLE disputes ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE disputes ADD COLUMN resolution_note TEXT NOT NULL DEFAULT '';
-- The credit note that settled it, when it was resolved by one.
ALTER TABLE disputes ADD COLUMN credit_entry_id BIGINT REFERENCES ledger_entries (id);
CREATE INDEX disputes_entry ON disputes (entry_id);

CREATE TABLE payment_promises (
    id {{ID}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    made_on TEXT NOT NULL,
    promised_for TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX payment_promises_company ON payment_promises (company_id);

-- One dunning action: a document sent, a call made, a hand-over. Planned actions are
-- computed, not stored; an action is written when it is carried out (documents) or
-- handed to a person (a call to make: status 'todo' until its outcome is noted).
CREATE TABLE dunning_actions (
    id {{ID}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    scenario_code TEXT NOT NULL,
    step_code TEXT NOT NULL,
    step_index INTEGER NOT NULL,
    channel TEXT NOT NULL
        CHECK (channel IN ('email', 'letter', 'call', 'registered_letter', 'handover', 'note')),
    status TEXT NOT NULL CHECK (status IN ('todo', 'done', 'cancelled')),
    planned_on TEXT NOT NULL,
    done_on TEXT,
    amount_cents BIGINT NOT NULL DEFAULT 0,
    -- Calls: 'reached', 'no_answer', 'promise', 'dispute', 'wrong_contact', 'refused'.
    outcome TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    next_action_on TEXT,
    document TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX dunning_actions_company ON dunning_actions (company_id, planned_on);
CREATE INDEX dunning_actions_status ON dunning_actions (status);

CREATE TABLE dunning_action_items (
    action_id BIGINT NOT NULL REFERENCES dunning_actions (id) ON DELETE CASCADE,
    entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    amount_cents BIGINT NOT NULL,
    PRIMARY KEY (action_id, entry_id)
);

CREATE INDEX dunning_action_items_entry ON dunning_action_items (entry_id);

-- Legal recovery: an injonction de payer, a hand-over to a collection agency, a
-- protective attachment, a claim declared in collective proceedings.
CREATE TABLE legal_files (
    id {{ID}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    kind TEXT NOT NULL
        CHECK (kind IN ('injonction', 'agency', 'protective_attachment', 'claim_declaration')),
    status TEXT NOT NULL CHECK (status IN ('prepared', 'filed', 'granted', 'served', 'closed')),
    opened_on TEXT NOT NULL,
    principal_cents BIGINT NOT NULL DEFAULT 0,
    penalties_cents BIGINT NOT NULL DEFAULT 0,
    indemnity_cents BIGINT NOT NULL DEFAULT 0,
    court TEXT NOT NULL DEFAULT '',
    counterpart TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    order_on TEXT,
    served_on TEXT,
    published_on TEXT,
    closed_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX legal_files_company ON legal_files (company_id);

CREATE TABLE legal_file_items (
    legal_file_id BIGINT NOT NULL REFERENCES legal_files (id) ON DELETE CASCADE,
    entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    amount_cents BIGINT NOT NULL,
    PRIMARY KEY (legal_file_id, entry_id)
);

-- A template edited by the team replaces the built-in one of the same code and
-- language.
CREATE TABLE document_templates (
    code TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (code, language)
);
