-- 0012: processings of personal data (personuppgiftsbehandlingar) as the
-- registerförteckning (GDPR art. 30) lists them, each with its DPIA, and
-- the assets each serves. The DPIA is followed per processing from here
-- on; the threshold analysis still decides whether one is needed.
CREATE TABLE processings (
	id               INTEGER PRIMARY KEY,
	name             TEXT NOT NULL CHECK (trim(name) <> ''),
	name_key         TEXT NOT NULL UNIQUE,
	purpose          TEXT NOT NULL DEFAULT '',
	record_ref       TEXT NOT NULL DEFAULT '',
	unit             TEXT NOT NULL DEFAULT '',
	dpia_status      TEXT NOT NULL DEFAULT ''
		CHECK (dpia_status IN ('', 'planerad', 'pagaende', 'genomford', 'kravs_inte')),
	dpia_reason      TEXT NOT NULL DEFAULT '',
	dpia_date        TEXT NOT NULL DEFAULT '',
	dpia_reference   TEXT NOT NULL DEFAULT '',
	risk_analysis_on TEXT NOT NULL DEFAULT '',
	created_at       TEXT NOT NULL,
	updated_at       TEXT NOT NULL
);

CREATE TABLE asset_processings (
	asset_id      INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
	processing_id INTEGER NOT NULL REFERENCES processings (id) ON DELETE CASCADE,
	PRIMARY KEY (asset_id, processing_id)
) WITHOUT ROWID;
CREATE INDEX asset_processings_processing ON asset_processings (processing_id, asset_id);

-- Every asset whose threshold analyses recorded a DPIA gets one
-- processing named after it. Its DPIA is that of the asset's current
-- analysis (a new analysis started its DPIA afresh), and the processing
-- takes that analysis's ID. Its history is the DPIA history of all the
-- asset's analyses, and at each later analysis's creation the step from
-- the earlier one's DPIA to the new one's, so that Ledningens genomgång
-- of an earlier year still sees the DPIA as it stood then.
CREATE TEMP TABLE dpia_analyses AS
SELECT t.id, t.asset_id, t.current, t.created_at, t.updated_at,
	row_number() OVER (PARTITION BY t.asset_id ORDER BY t.created_at, t.id) AS seq,
	CASE WHEN t.dpia_status IN ('planerad', 'pagaende', 'genomford') THEN t.dpia_status ELSE '' END AS status,
	-- a DPIA marked done without a date is dated the day it was marked
	-- done, else the day of its analysis, as the review counted it
	CASE WHEN t.dpia_status = 'genomford' AND t.dpia_date = '' THEN coalesce(
		(SELECT substr(c.at, 1, 10) FROM changes c WHERE c.entity = 'threshold' AND c.entity_id = t.id
			AND c.field = 'dpia_status' AND c.new = 'genomford' ORDER BY c.id LIMIT 1),
		nullif(t.date, ''), substr(t.created_at, 1, 10))
	ELSE t.dpia_date END AS date,
	t.dpia_reference AS reference,
	CASE WHEN t.dpia_status IN ('planerad', 'pagaende', 'genomford') THEN
		coalesce((SELECT r.done_on FROM dpia_risk_analyses r WHERE r.threshold_id = t.id), '') ELSE '' END AS risk
FROM threshold_analyses t JOIN assets a ON a.id = t.asset_id
WHERE t.asset_id IN (SELECT asset_id FROM threshold_analyses
	WHERE dpia_status <> '' OR dpia_date <> '' OR dpia_reference <> ''
		OR id IN (SELECT threshold_id FROM dpia_risk_analyses));

CREATE TEMP TABLE dpia_source AS
SELECT d.*, (SELECT min(created_at) FROM dpia_analyses e WHERE e.asset_id = d.asset_id) AS first_created
FROM dpia_analyses d
WHERE d.id = (SELECT e.id FROM dpia_analyses e WHERE e.asset_id = d.asset_id ORDER BY e.current DESC, e.seq DESC LIMIT 1);

INSERT INTO processings (id, name, name_key, dpia_status, dpia_date, dpia_reference, risk_analysis_on, created_at, updated_at)
SELECT s.id, a.name, a.name_key, s.status, s.date, s.reference, s.risk, s.first_created, s.updated_at
FROM dpia_source s JOIN assets a ON a.id = s.asset_id;

INSERT INTO asset_processings (asset_id, processing_id) SELECT asset_id, id FROM dpia_source;

-- Each analysis's DPIA fields: the value at its creation (the first
-- recorded change's old value, else the value now) and the value now.
CREATE TEMP TABLE dpia_values AS
SELECT d.id, d.asset_id, d.seq, d.created_at, v.field, v.final,
	coalesce((SELECT c.old FROM changes c WHERE c.entity = 'threshold' AND c.entity_id = d.id AND c.field = v.code
		ORDER BY c.id LIMIT 1), v.final) AS initial
FROM dpia_analyses d JOIN (
	SELECT id, 'dpia_status' AS field, 'dpia_status' AS code, status AS final FROM dpia_analyses
	UNION ALL SELECT id, 'dpia_date', 'dpia_date', date FROM dpia_analyses
	UNION ALL SELECT id, 'dpia_reference', 'dpia_reference', reference FROM dpia_analyses
	UNION ALL SELECT id, 'risk_analysis_on', 'dpia_risk_analysis', risk FROM dpia_analyses
) v ON v.id = d.id;

INSERT INTO changes (at, user, asset_id, entity, entity_id, field, args, old, new)
SELECT at, user, 0, 'processing', processing_id, field, '', old, new FROM (
	SELECT c.at, c.user, s.id AS processing_id,
		CASE c.field WHEN 'dpia_risk_analysis' THEN 'risk_analysis_on' ELSE c.field END AS field,
		c.old, c.new, c.id AS n
	FROM changes c JOIN dpia_analyses d ON c.entity = 'threshold' AND c.entity_id = d.id
	JOIN dpia_source s ON s.asset_id = d.asset_id
	WHERE c.field IN ('dpia_status', 'dpia_date', 'dpia_reference', 'dpia_risk_analysis')
	UNION ALL
	SELECT nxt.created_at, 'uppgradering', s.id, prev.field, prev.final, nxt.initial, 0
	FROM dpia_values prev
	JOIN dpia_values nxt ON nxt.asset_id = prev.asset_id AND nxt.field = prev.field
		AND nxt.seq = prev.seq + 1
	JOIN dpia_source s ON s.asset_id = prev.asset_id
	WHERE prev.final <> nxt.initial
)
ORDER BY at, n;

DROP TABLE dpia_values;
DROP TABLE dpia_source;
DROP TABLE dpia_analyses;

-- The risk analyses are the processings' now.
DROP TABLE dpia_risk_analyses;
