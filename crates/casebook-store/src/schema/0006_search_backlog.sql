-- Indexing a case's text for search (trigram FTS5) costs more than the rest of a save
-- together, and segment merges make it spiky. A save therefore records the text to
-- index here, in the same transaction, and the search index catches up before the
-- next search and when the program is idle. Only the case number is queued: the text
-- is read from the case's head revision when indexed, so a save writes no copy of it
-- and a deleted case simply leaves the index.
CREATE TABLE search_backlog (num INTEGER PRIMARY KEY);
