-- SPDX-License-Identifier: GPL-3.0-or-later
-- PostgreSQL only: the same search as a generated tsvector column with a GIN index (the
-- transliteration lives in search_text, written by the program).
ALTER TABLE organisations ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', name || ' ' || name_latin || ' ' || acronym || ' ' || city || ' ' ||
                notes || ' ' || search_text)
) STORED;
CREATE INDEX organisations_search ON organisations USING GIN (search_vector);
