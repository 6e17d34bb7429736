-- SPDX-License-Identifier: GPL-3.0-or-later
-- SQLite only: FTS5 cannot add prefix indexes to an existing table; build it anew.
DROP TABLE calls_search;
CREATE VIRTUAL TABLE calls_search USING fts5(
    title, donor, reference, notes,
    content = 'calls', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO calls_search (calls_search) VALUES ('rebuild');
