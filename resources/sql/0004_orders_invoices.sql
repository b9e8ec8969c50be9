-- Stages 4 to 6: orders, deliveries, invoices and credit notes, the receivables ledger
-- they feed, disputes (read by the credit check), shared settings and the number series.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

-- One row per series; a number is taken by incrementing its row inside the
-- transaction that writes the document, so a rolled-back document leaves no gap.
CREATE TABLE number_series (
    series TEXT PRIMARY KEY,
    last_value BIGINT NOT NULL
);

INSERT INTO number_series (series, last_value) VALUES ('order', 0);
INSERT INTO number_series (series, last_value) VALUES ('delivery', 0);
INSERT INTO number_series (series, last_value) VALUES ('invoice', 0);

CREATE TABLE orders (
    id {{ID}},
    number TEXT NOT NULL UNIQUE,
    company_id BIGINT NOT NULL REFERENCES companies (id),
    client_reference TEXT NOT NULL DEFAULT '',
    order_date TEXT NOT NULL,
    payment_terms TEXT NOT NULL,
    status TEXT NOT NULL
        CHECK (status IN ('draft', 'confirmed', 'partly_delivered', 'delivered', 'invoiced', 'cancelled')),
    confirmed_on TEXT,
    cancelled_on TEXT,
    cancel_reason TEXT NOT NULL DEFAULT '',
    delivery_line1 TEXT NOT NULL DEFAULT '',
    delivery_line2 TEXT NOT NULL DEFAULT '',
    delivery_postal_code TEXT NOT NULL DEFAULT '',
    delivery_city TEXT NOT NULL DEFAULT '',
    delivery_country TEXT NOT NULL DEFAULT 'FR',
    note TEXT NOT NULL DEFAULT '',
    check_decision TEXT,
    override_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX orders_company ON orders (company_id, id);
CREATE INDEX orders_status ON orders (status);

CREATE TABLE order_lines (
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    description TEXT NOT NULL,
    quantity_milli BIGINT NOT NULL CHECK (quantity_milli > 0),
    unit_price_cents BIGINT NOT NULL CHECK (unit_price_cents >= 0),
    vat_rate_bp INTEGER NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE invoices (
    id {{ID}},
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    company_id BIGINT NOT NULL REFERENCES companies (id),
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    delivery_date TEXT,
    payment_terms TEXT NOT NULL,
    client_reference TEXT NOT NULL DEFAULT '',
    credited_invoice_id BIGINT REFERENCES invoices (id),
    reason TEXT NOT NULL DEFAULT '',
    penalty_rate_bp INTEGER NOT NULL,
    net_cents BIGINT NOT NULL,
    vat_cents BIGINT NOT NULL,
    gross_cents BIGINT NOT NULL,
    delivery_line1 TEXT NOT NULL DEFAULT '',
    delivery_line2 TEXT NOT NULL DEFAULT '',
    delivery_postal_code TEXT NOT NULL DEFAULT '',
    delivery_city TEXT NOT NULL DEFAULT '',
    delivery_country TEXT NOT NULL DEFAULT 'FR',
    -- The seller and the buyer as they were when the document was issued: a posted
    -- invoice prints the same forever, whatever changes in the client file later.
    seller_json TEXT NOT NULL,
    buyer_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX invoices_company ON invoices (company_id, issue_date);

CREATE TABLE invoice_lines (
    invoice_id BIGINT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    description TEXT NOT NULL,
    quantity_milli BIGINT NOT NULL,
    unit_price_cents BIGINT NOT NULL,
    vat_rate_bp INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);

CREATE TABLE deliveries (
    id {{ID}},
    number TEXT NOT NULL UNIQUE,
    order_id BIGINT NOT NULL REFERENCES orders (id),
    delivery_date TEXT NOT NULL,
    signed_on TEXT,
    signatory TEXT NOT NULL DEFAULT '',
    check_decision TEXT NOT NULL,
    override_reason TEXT NOT NULL DEFAULT '',
    override_by TEXT NOT NULL DEFAULT '',
    invoice_id BIGINT REFERENCES invoices (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX deliveries_order ON deliveries (order_id);
CREATE INDEX deliveries_invoice ON deliveries (invoice_id);

CREATE TABLE delivery_lines (
    delivery_id BIGINT NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    quantity_milli BIGINT NOT NULL CHECK (quantity_milli > 0),
    PRIMARY KEY (delivery_id, line_no)
);

-- The receivables ledger (compte 411 auxiliaire), lettered in stage 7.
CREATE TABLE ledger_entries (
    id {{ID}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    kind TEXT NOT NULL
        CHECK (kind IN ('invoice', 'credit_note', 'payment', 'deposit', 'refund', 'adjustment', 'imported')),
    journal TEXT NOT NULL,
    entry_date TEXT NOT NULL,
    piece TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    debit_cents BIGINT NOT NULL DEFAULT 0 CHECK (debit_cents >= 0),
    credit_cents BIGINT NOT NULL DEFAULT 0 CHECK (credit_cents >= 0),
    due_date TEXT,
    invoice_id BIGINT REFERENCES invoices (id),
    order_id BIGINT REFERENCES orders (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX ledger_entries_company ON ledger_entries (company_id, entry_date);

CREATE TABLE ledger_allocations (
    id {{ID}},
    debit_entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    credit_entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    allocated_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX ledger_allocations_debit ON ledger_allocations (debit_entry_id);
CREATE INDEX ledger_allocations_credit ON ledger_allocations (credit_entry_id);

CREATE TABLE disputes (
    id {{ID}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    invoice_id BIGINT REFERENCES invoices (id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
    reason TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX disputes_company ON disputes (company_id);
