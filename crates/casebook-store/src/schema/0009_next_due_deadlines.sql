-- No change to the tables: from this version on `cases.next_due` counts open
-- complaint deadlines as well as follow-ups (casebook_core::due). The rule lives in
-- Rust, so db::migrate recomputes the column for every live case in this step's
-- transaction (index::recompute_derived).
SELECT 1;
