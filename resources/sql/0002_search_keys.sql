-- Accent- and case-insensitive search on names ("societe generale" finds
-- "Société Générale"): a folded copy of the name, filled by the application for
-- existing rows (see Migrator: the step after this script) and on every write.

ALTER TABLE companies ADD COLUMN search_name TEXT NOT NULL DEFAULT '';

CREATE INDEX companies_search_name ON companies (search_name);
