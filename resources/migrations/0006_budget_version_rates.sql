-- SPDX-License-Identifier: GPL-3.0-or-later
-- The exchange rates a submitted or awarded budget version was converted at, kept with it so
-- that a later change of the file's rates does not change what was submitted (issue 6).
CREATE TABLE budget_version_rates (
    id {{ID}},
    uuid TEXT NOT NULL UNIQUE,
    version_id BIGINT NOT NULL REFERENCES budget_versions (id) ON DELETE CASCADE,
    from_currency TEXT NOT NULL,
    to_currency TEXT NOT NULL,
    rate TEXT NOT NULL,
    rate_date TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    modified_at TEXT NOT NULL
);
CREATE INDEX budget_version_rates_version ON budget_version_rates (version_id);
