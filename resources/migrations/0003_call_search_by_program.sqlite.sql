-- SPDX-License-Identifier: GPL-3.0-or-later
-- SQLite only: CallRepository writes calls_search from now on.
DROP TRIGGER IF EXISTS calls_search_insert;
DROP TRIGGER IF EXISTS calls_search_delete;
DROP TRIGGER IF EXISTS calls_search_update;
INSERT INTO calls_search (calls_search) VALUES ('rebuild');
