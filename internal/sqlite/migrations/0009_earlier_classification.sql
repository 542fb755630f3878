-- 0009: a classification made before Infoklass, read from a hand-kept
-- list ("Senast klassad", "Fastställd"): klassad enligt tidigare
-- förteckning. It is not a decision made in Infoklass: no decider, no
-- motivation; the date, the levels, and the file and row they came from.
-- One per asset, the latest read.
CREATE TABLE earlier_classifications (
	asset_id      INTEGER PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
	classified_at TEXT NOT NULL,
	level_k       INTEGER NOT NULL DEFAULT 0,
	level_r       INTEGER NOT NULL DEFAULT 0,
	level_t       INTEGER NOT NULL DEFAULT 0,
	level_s       INTEGER NOT NULL DEFAULT 0,
	next_review   TEXT NOT NULL DEFAULT '',
	source        TEXT NOT NULL DEFAULT '',
	source_row    INTEGER NOT NULL DEFAULT 0,
	scale         TEXT NOT NULL DEFAULT '',
	recorded_on   TEXT NOT NULL
) WITHOUT ROWID;
