-- Client file keyed by SIREN (stages 1 and 3), audit log and import journal.
-- Portable SQL: {{ID}} becomes the backend's auto-increment primary key; dates are
-- ISO 8601 text, amounts integer cents, booleans 0/1.

CREATE TABLE companies (
    id {{ID}},
    siren TEXT UNIQUE,
    name TEXT NOT NULL,
    legal_form TEXT NOT NULL DEFAULT '',
    naf_code TEXT NOT NULL DEFAULT '',
    creation_date TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ceased')),
    proceedings TEXT NOT NULL DEFAULT 'none'
        CHECK (proceedings IN ('none', 'safeguard', 'receivership', 'liquidation')),
    proceedings_date TEXT,
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT 'FR',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE accounts (
    company_id BIGINT PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
    number TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'prospect'
        CHECK (status IN ('prospect', 'pending', 'active', 'blocked', 'closed')),
    segment TEXT NOT NULL DEFAULT '',
    sales_rep TEXT NOT NULL DEFAULT '',
    payment_method TEXT
        CHECK (payment_method IN ('transfer', 'sepa_direct_debit', 'lcr', 'cheque', 'card', 'bill_of_exchange')),
    iban TEXT,
    bic TEXT,
    kbis_date TEXT,
    terms_signed_date TEXT,
    billing_line1 TEXT NOT NULL DEFAULT '',
    billing_line2 TEXT NOT NULL DEFAULT '',
    billing_postal_code TEXT NOT NULL DEFAULT '',
    billing_city TEXT NOT NULL DEFAULT '',
    billing_country TEXT NOT NULL DEFAULT 'FR',
    opened_on TEXT
);

CREATE INDEX accounts_status ON accounts (status);

CREATE TABLE establishments (
    id {{ID}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    siret TEXT NOT NULL UNIQUE,
    head_office INTEGER NOT NULL DEFAULT 0 CHECK (head_office IN (0, 1)),
    name TEXT NOT NULL DEFAULT '',
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT 'FR',
    closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
);

CREATE INDEX establishments_company ON establishments (company_id);

CREATE TABLE contacts (
    id {{ID}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL
        CHECK (role IN ('accounts_payable', 'purchasing', 'management', 'accounting', 'sales', 'other')),
    name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
);

CREATE INDEX contacts_company ON contacts (company_id);

-- Who changed what, when, with the record before and after as JSON.
CREATE TABLE audit_log (
    id {{ID}},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    before_json TEXT,
    after_json TEXT
);

CREATE INDEX audit_log_entity ON audit_log (entity, entity_key);

-- Every file imported, so that the same file is not imported twice.
CREATE TABLE imports (
    id {{ID}},
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    rows_imported INTEGER NOT NULL
);

CREATE INDEX imports_hash ON imports (kind, sha256);
