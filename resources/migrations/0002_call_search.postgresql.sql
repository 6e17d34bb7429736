-- SPDX-License-Identifier: GPL-3.0-or-later
-- PostgreSQL only: the same search as a generated tsvector column with a GIN index.
ALTER TABLE calls ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', title || ' ' || donor || ' ' || reference || ' ' || notes)
) STORED;
CREATE INDEX calls_search ON calls USING GIN (search_vector);
