-- No change to the tables: from this version on `cases.next_due` also counts the
-- forensic window of incidents with physical acts (casebook_core::due). db::migrate
-- recomputes the column for every live case in this step's transaction.
SELECT 1;
