-- 0002: threshold analyses (tröskelanalys) with their answers, and the
-- DPIA status that follows. One analysis per asset is current; earlier
-- ones are kept as history.

CREATE TABLE threshold_analyses (
	id                    INTEGER PRIMARY KEY,
	asset_id              INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
	classification_id     INTEGER REFERENCES classifications (id) ON DELETE SET NULL,
	date                  TEXT NOT NULL DEFAULT '',
	question_set_id       TEXT NOT NULL,
	question_set_version  INTEGER NOT NULL,
	not_applicable        INTEGER NOT NULL DEFAULT 0,
	not_applicable_reason TEXT NOT NULL DEFAULT '',
	decision              TEXT NOT NULL DEFAULT '',
	decision_reason       TEXT NOT NULL DEFAULT '',
	dso_opinion           TEXT NOT NULL DEFAULT '',
	participants          TEXT NOT NULL DEFAULT '',
	dpia_status           TEXT NOT NULL DEFAULT '',
	dpia_date             TEXT NOT NULL DEFAULT '',
	dpia_reference        TEXT NOT NULL DEFAULT '',
	current               INTEGER NOT NULL DEFAULT 1,
	-- the final decision, kept current by every edit for the register
	outcome               TEXT NOT NULL DEFAULT '',
	created_at            TEXT NOT NULL,
	updated_at            TEXT NOT NULL
);
CREATE INDEX threshold_asset ON threshold_analyses (asset_id, current, id);

CREATE TABLE threshold_answers (
	analysis_id INTEGER NOT NULL REFERENCES threshold_analyses (id) ON DELETE CASCADE,
	question_id TEXT NOT NULL,
	answer      TEXT NOT NULL CHECK (answer IN ('', 'ja', 'nej', 'osaker')),
	comment     TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (analysis_id, question_id)
) WITHOUT ROWID;
