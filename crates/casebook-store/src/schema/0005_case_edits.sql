-- Edits of an existing case are saved as they are typed, like intake interviews, so
-- that an edit survives a crash, a lock or a closed window. A draft with a case_id
-- is such an edit (NULL: an intake interview); base_revision is the head the edit
-- started from, so the case view can say when the case changed meanwhile; reason is
-- the reason typed for the edit so far. One edit per case.
ALTER TABLE drafts ADD COLUMN case_id TEXT;
ALTER TABLE drafts ADD COLUMN base_revision TEXT;
ALTER TABLE drafts ADD COLUMN reason TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX drafts_by_case ON drafts (case_id) WHERE case_id IS NOT NULL;
