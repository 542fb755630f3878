-- 0011: models are files, and a scale may have up to nine levels
-- (domain.MaxScale): KLASSA's 0–4 has five. Levels are stored as their
-- place on the model's scale, 1 the lowest (0 = not chosen in ratings).
--
-- The tables whose CHECK stopped at 4 are rebuilt by SQLite's table
-- rebuild (https://sqlite.org/lang_altertable.html#otheralter): a new
-- table, the rows copied, the old table dropped, the new one renamed.
-- No table refers to these (they are leaves: nothing has a foreign key
-- to a rating, a raise, a vote or a norm's level), they have no indexes
-- of their own beside their primary keys and no triggers, so the rebuild
-- is safe with foreign keys on, inside the migration's transaction; the
-- rows they refer to are unchanged.
--
-- models holds each model a classification was made under, its content
-- stored once per id and version, so that a later change of the
-- database's model never rewrites a past classification. The database's
-- own model (the settings' "model") is recorded here; the store records
-- the MSB 1–4 model of an earlier database's classifications when it
-- opens one (sqlite/model.go).

CREATE TABLE ratings_new (
	info_type_id INTEGER NOT NULL REFERENCES info_types (id) ON DELETE CASCADE,
	aspect       TEXT NOT NULL CHECK (aspect IN ('K', 'R', 'T', 'S')),
	level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 9),
	motivation   TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (info_type_id, aspect)
) WITHOUT ROWID;
INSERT INTO ratings_new (info_type_id, aspect, level, motivation)
	SELECT info_type_id, aspect, level, motivation FROM ratings;
DROP TABLE ratings;
ALTER TABLE ratings_new RENAME TO ratings;

CREATE TABLE raises_new (
	classification_id INTEGER NOT NULL REFERENCES classifications (id) ON DELETE CASCADE,
	aspect            TEXT NOT NULL CHECK (aspect IN ('K', 'R', 'T', 'S')),
	level             INTEGER NOT NULL CHECK (level BETWEEN 1 AND 9),
	reason            TEXT NOT NULL DEFAULT '',
	explanation       TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (classification_id, aspect)
) WITHOUT ROWID;
INSERT INTO raises_new (classification_id, aspect, level, reason, explanation)
	SELECT classification_id, aspect, level, reason, explanation FROM raises;
DROP TABLE raises;
ALTER TABLE raises_new RENAME TO raises;

CREATE TABLE votes_new (
	round_id       INTEGER NOT NULL REFERENCES vote_rounds (id) ON DELETE CASCADE,
	participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
	position       INTEGER NOT NULL,
	level          INTEGER NOT NULL CHECK (level BETWEEN 1 AND 9),
	PRIMARY KEY (round_id, participant_id)
) WITHOUT ROWID;
INSERT INTO votes_new (round_id, participant_id, position, level)
	SELECT round_id, participant_id, position, level FROM votes;
DROP TABLE votes;
ALTER TABLE votes_new RENAME TO votes;

CREATE TABLE norm_ratings_new (
	norm_info_type_id INTEGER NOT NULL REFERENCES norm_info_types (id) ON DELETE CASCADE,
	aspect            TEXT NOT NULL CHECK (aspect IN ('K', 'R', 'T', 'S')),
	level             INTEGER NOT NULL CHECK (level BETWEEN 0 AND 9),
	motivation        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (norm_info_type_id, aspect)
) WITHOUT ROWID;
INSERT INTO norm_ratings_new (norm_info_type_id, aspect, level, motivation)
	SELECT norm_info_type_id, aspect, level, motivation FROM norm_ratings;
DROP TABLE norm_ratings;
ALTER TABLE norm_ratings_new RENAME TO norm_ratings;

CREATE TABLE norm_raises_new (
	norm_id     INTEGER NOT NULL REFERENCES norms (id) ON DELETE CASCADE,
	aspect      TEXT NOT NULL CHECK (aspect IN ('K', 'R', 'T', 'S')),
	level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 9),
	reason      TEXT NOT NULL DEFAULT '',
	explanation TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (norm_id, aspect)
) WITHOUT ROWID;
INSERT INTO norm_raises_new (norm_id, aspect, level, reason, explanation)
	SELECT norm_id, aspect, level, reason, explanation FROM norm_raises;
DROP TABLE norm_raises;
ALTER TABLE norm_raises_new RENAME TO norm_raises;

CREATE TABLE rating_origins_new (
	info_type_id    INTEGER NOT NULL REFERENCES info_types (id) ON DELETE CASCADE,
	aspect          TEXT NOT NULL CHECK (aspect IN ('K', 'R', 'T', 'S')),
	norm_level      INTEGER NOT NULL CHECK (norm_level BETWEEN 1 AND 9),
	norm_motivation TEXT NOT NULL DEFAULT '',
	reason          TEXT NOT NULL DEFAULT '',
	approved_by     TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (info_type_id, aspect)
) WITHOUT ROWID;
INSERT INTO rating_origins_new (info_type_id, aspect, norm_level, norm_motivation, reason, approved_by)
	SELECT info_type_id, aspect, norm_level, norm_motivation, reason, approved_by FROM rating_origins;
DROP TABLE rating_origins;
ALTER TABLE rating_origins_new RENAME TO rating_origins;

-- models: every model a classification of this database was made under.
CREATE TABLE models (
	model_id TEXT NOT NULL CHECK (model_id <> ''),
	version  INTEGER NOT NULL CHECK (version >= 1),
	name     TEXT NOT NULL DEFAULT '',
	content  TEXT NOT NULL CHECK (json_valid(content)),
	PRIMARY KEY (model_id, version)
) WITHOUT ROWID;
INSERT OR IGNORE INTO models (model_id, version, name, content)
	SELECT json_extract(value, '$.id'), json_extract(value, '$.version'), coalesce(json_extract(value, '$.name'), ''), value
	FROM settings
	WHERE key = 'model' AND json_valid(value) AND json_type(value, '$.id') = 'text' AND json_type(value, '$.version') = 'integer'
		AND json_extract(value, '$.id') <> '' AND json_extract(value, '$.version') >= 1;
