-- Stage 9 reads what every client owes on a day (aged balance, KPIs, alerts, dashboard):
-- the entries open today, in client order, from an index that holds every column those
-- reads take, so that they never visit the table (open entries only: a partial index,
-- small beside a ledger of settled entries); and the allocations made after a day,
-- added back to what they settled when an earlier day is replayed.

CREATE INDEX ledger_entries_aging ON ledger_entries
    (company_id, id, entry_date, due_date, kind, debit_cents, credit_cents, open_cents)
    WHERE open_cents > 0;

CREATE INDEX ledger_allocations_on ON ledger_allocations
    (allocated_on, debit_entry_id, credit_entry_id, amount_cents);
