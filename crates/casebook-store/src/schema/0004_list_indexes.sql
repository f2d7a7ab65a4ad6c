-- The case list at 100k cases. Each sort order gets one index that also carries the
-- place and status columns, so a filtered page is found by walking that index alone
-- (SQLite defers the table row until the row is on the page). Counts by status or
-- place read only the two narrow indexes below. Side tables (acts, agencies,
-- consents) are filtered through their own primary keys.
DROP INDEX cases_updated;
DROP INDEX cases_incident;
DROP INDEX cases_code;
DROP INDEX cases_status;
DROP INDEX cases_place;
DROP INDEX cases_due;
CREATE INDEX cases_by_updated ON cases(deleted, updated_at, num, status, country, region);
CREATE INDEX cases_by_incident ON cases(deleted, incident_date, num, status, country, region);
CREATE INDEX cases_by_code ON cases(deleted, code, status, country, region);
-- Cases without a due follow-up sort last.
CREATE INDEX cases_by_due ON cases(deleted, coalesce(next_due, '9999-99-99'), status, country, region);
CREATE INDEX cases_by_status ON cases(deleted, status);
CREATE INDEX cases_by_place ON cases(deleted, country, region);
