-- SPDX-License-Identifier: GPL-3.0-or-later
-- File format 4: what finding partners and spotting duplicates need. The keys are written
-- by the program (core/domain/NameMatching): a name key shared by spellings of the same
-- name in Cyrillic and Latin, the website's domain, and the registration number's digits.
ALTER TABLE organisations ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN name_latin_key TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN website_domain TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN registration_key TEXT NOT NULL DEFAULT '';
CREATE INDEX organisations_name_key ON organisations (name_key);
CREATE INDEX organisations_name_latin_key ON organisations (name_latin_key);
CREATE INDEX organisations_website_domain ON organisations (website_domain);
CREATE INDEX organisations_registration_key ON organisations (registration_key, country);
