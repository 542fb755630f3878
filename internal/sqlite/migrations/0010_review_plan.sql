-- 0010: what Ledningens genomgång needs beyond the register. The ISAM's
-- own activities for each plan year, in order, as the yearly plan keeps
-- the assets; and the risk analysis that belongs to a DPIA (one row per
-- threshold analysis whose DPIA has one).
CREATE TABLE isam_activities (
	year     INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
	position INTEGER NOT NULL,
	text     TEXT NOT NULL CHECK (trim(text) <> ''),
	PRIMARY KEY (year, position)
) WITHOUT ROWID;

CREATE TABLE dpia_risk_analyses (
	threshold_id INTEGER PRIMARY KEY REFERENCES threshold_analyses (id) ON DELETE CASCADE,
	done_on      TEXT NOT NULL,
	reference    TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
