-- 0003: manual priority adjustment, the flags of each classification for
-- the register, the yearly plan, and requirements marked not applicable.

ALTER TABLE assets ADD COLUMN priority_adjust INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assets ADD COLUMN priority_reason TEXT NOT NULL DEFAULT '';

ALTER TABLE classifications ADD COLUMN flags TEXT NOT NULL DEFAULT '';
UPDATE classifications SET flags = coalesce((SELECT group_concat(t.flags, ',') FROM info_types t
	WHERE t.classification_id = classifications.id AND t.flags <> ''), '');

-- plan_items is the yearly plan: which assets are proposed for year,
-- accepted (with a quarter) or moved to a later year.
CREATE TABLE plan_items (
	year     INTEGER NOT NULL,
	asset_id INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
	state    TEXT NOT NULL DEFAULT 'foreslagen' CHECK (state IN ('foreslagen', 'accepterad', 'flyttad')),
	quarter  INTEGER NOT NULL DEFAULT 0 CHECK (quarter BETWEEN 0 AND 4),
	note     TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (year, asset_id)
) WITHOUT ROWID;

CREATE TABLE requirement_exclusions (
	asset_id       INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
	requirement_id TEXT NOT NULL,
	reason         TEXT NOT NULL CHECK (reason <> ''),
	PRIMARY KEY (asset_id, requirement_id)
) WITHOUT ROWID;
