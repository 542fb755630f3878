-- 0008: the routine assessment of the need for a DPIA that every
-- classification records, and the record that the säkerhetsskyddschef
-- was told of information under säkerhetsskydd. One row per
-- classification that has either; none means neither is recorded.
CREATE TABLE classification_routine (
	classification_id INTEGER PRIMARY KEY REFERENCES classifications (id) ON DELETE CASCADE,
	need              TEXT NOT NULL DEFAULT '' CHECK (need IN ('', 'kravs', 'kravs_inte', 'tveksamt')),
	reason            TEXT NOT NULL DEFAULT '',
	dso_opinion       TEXT NOT NULL DEFAULT '',
	security_on       TEXT NOT NULL DEFAULT '',
	security_note     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
