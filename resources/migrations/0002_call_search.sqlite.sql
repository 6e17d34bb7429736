-- SPDX-License-Identifier: GPL-3.0-or-later
-- SQLite only: FTS5 with the unicode61 tokenizer, which folds case in Cyrillic and other
-- scripts (SQLite's lower() and LIKE fold ASCII only) and drops diacritics.
CREATE VIRTUAL TABLE calls_search USING fts5(
    title, donor, reference, notes,
    content = 'calls', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER calls_search_insert AFTER INSERT ON calls BEGIN
    INSERT INTO calls_search (rowid, title, donor, reference, notes)
    VALUES (new.id, new.title, new.donor, new.reference, new.notes);
END;

CREATE TRIGGER calls_search_delete AFTER DELETE ON calls BEGIN
    INSERT INTO calls_search (calls_search, rowid, title, donor, reference, notes)
    VALUES ('delete', old.id, old.title, old.donor, old.reference, old.notes);
END;

CREATE TRIGGER calls_search_update AFTER UPDATE OF title, donor, reference, notes ON calls BEGIN
    INSERT INTO calls_search (calls_search, rowid, title, donor, reference, notes)
    VALUES ('delete', old.id, old.title, old.donor, old.reference, old.notes);
    INSERT INTO calls_search (rowid, title, donor, reference, notes)
    VALUES (new.id, new.title, new.donor, new.reference, new.notes);
END;

INSERT INTO calls_search (calls_search) VALUES ('rebuild');
