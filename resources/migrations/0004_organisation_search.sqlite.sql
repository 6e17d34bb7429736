-- SPDX-License-Identifier: GPL-3.0-or-later
-- SQLite only: a full-text index over the names in any script, their Latin
-- transliteration (so that "zhasyl" finds «Жасыл»), acronym, city and notes. Written by
-- OrganisationRepository, like the index of calls (see migration 3). The prefix
-- indexes make the first letters typed as quick as whole words.
CREATE VIRTUAL TABLE organisations_search USING fts5(
    name, name_latin, transliterated, acronym, city, notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
