-- Stage 9: the dashboard's alerts that someone has acknowledged. An alert is named
-- by its kind, its client and the situation it reports (alert_key): a new situation
-- raises it again.
CREATE TABLE alert_acknowledgements (
    id {{ID}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    kind TEXT NOT NULL,
    alert_key TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    acknowledged_at TEXT NOT NULL,
    acknowledged_by TEXT NOT NULL,
    UNIQUE (company_id, kind, alert_key)
);
