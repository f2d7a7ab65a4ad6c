-- Adds `cases.facts`: what statistics may know of each live case
-- (casebook_core::facts::CaseFacts, in its compact form): codes, places and the incident's month,
-- nothing a person typed. Counting reads this column instead of decoding 100k
-- records. SQLite has no ADD COLUMN IF NOT EXISTS, and the rule that fills the
-- column lives in Rust, so db::migrate adds the column (when missing) and fills it
-- for every live case in this step's transaction (index::recompute_derived).
SELECT 1;
