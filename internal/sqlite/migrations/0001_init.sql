-- 0001: assets, classifications with participants, information types,
-- ratings and raises; settings; the change history.

CREATE TABLE assets (
	id                INTEGER PRIMARY KEY,
	name              TEXT NOT NULL CHECK (name <> ''),
	name_key          TEXT NOT NULL UNIQUE,
	description       TEXT NOT NULL DEFAULT '',
	kind              TEXT NOT NULL DEFAULT 'system',
	owner_name        TEXT NOT NULL DEFAULT '',
	owner_role        TEXT NOT NULL DEFAULT '',
	management_object TEXT NOT NULL DEFAULT '',
	system            TEXT NOT NULL DEFAULT '',
	supplier          TEXT NOT NULL DEFAULT '',
	personal_data     INTEGER NOT NULL DEFAULT 0,
	rsa_critical      INTEGER NOT NULL DEFAULT 0,
	nis2              INTEGER NOT NULL DEFAULT 0,
	procurement_date  TEXT NOT NULL DEFAULT '',
	notes             TEXT NOT NULL DEFAULT '',
	status            TEXT NOT NULL DEFAULT 'ej_paborjad',
	status_reason     TEXT NOT NULL DEFAULT '',
	created_at        TEXT NOT NULL,
	updated_at        TEXT NOT NULL
);

CREATE TABLE classifications (
	id            INTEGER PRIMARY KEY,
	asset_id      INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
	date          TEXT NOT NULL DEFAULT '',
	kind          TEXT NOT NULL DEFAULT 'lokal',
	scope         TEXT NOT NULL DEFAULT '',
	model_id      TEXT NOT NULL,
	model_version INTEGER NOT NULL,
	decided_by    TEXT NOT NULL DEFAULT '',
	decided_at    TEXT NOT NULL DEFAULT '',
	next_review   TEXT NOT NULL DEFAULT '',
	-- the result, kept current by every edit so that the register reads fast
	eff_k         INTEGER NOT NULL DEFAULT 0,
	eff_r         INTEGER NOT NULL DEFAULT 0,
	eff_t         INTEGER NOT NULL DEFAULT 0,
	eff_s         INTEGER NOT NULL DEFAULT 0,
	overall       INTEGER NOT NULL DEFAULT 0,
	problems      INTEGER NOT NULL DEFAULT 0,
	started       INTEGER NOT NULL DEFAULT 0,
	created_at    TEXT NOT NULL,
	updated_at    TEXT NOT NULL
);
CREATE INDEX classifications_asset ON classifications (asset_id, date, id);

CREATE TABLE participants (
	id                INTEGER PRIMARY KEY,
	classification_id INTEGER NOT NULL REFERENCES classifications (id) ON DELETE CASCADE,
	position          INTEGER NOT NULL,
	name              TEXT NOT NULL DEFAULT '',
	role              TEXT NOT NULL DEFAULT 'ovrig'
);
CREATE INDEX participants_classification ON participants (classification_id, position);

CREATE TABLE info_types (
	id                INTEGER PRIMARY KEY,
	classification_id INTEGER NOT NULL REFERENCES classifications (id) ON DELETE CASCADE,
	position          INTEGER NOT NULL,
	name              TEXT NOT NULL DEFAULT '',
	description       TEXT NOT NULL DEFAULT '',
	flags             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX info_types_classification ON info_types (classification_id, position);

CREATE TABLE ratings (
	info_type_id INTEGER NOT NULL REFERENCES info_types (id) ON DELETE CASCADE,
	aspect       TEXT NOT NULL CHECK (aspect IN ('K', 'R', 'T', 'S')),
	level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
	motivation   TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (info_type_id, aspect)
) WITHOUT ROWID;

CREATE TABLE raises (
	classification_id INTEGER NOT NULL REFERENCES classifications (id) ON DELETE CASCADE,
	aspect            TEXT NOT NULL CHECK (aspect IN ('K', 'R', 'T', 'S')),
	level             INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
	reason            TEXT NOT NULL DEFAULT '',
	explanation       TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (classification_id, aspect)
) WITHOUT ROWID;

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

-- changes is the history: every edit, old value to new. It keeps no
-- foreign keys so that the history of a deleted asset survives.
CREATE TABLE changes (
	id        INTEGER PRIMARY KEY,
	at        TEXT NOT NULL,
	user      TEXT NOT NULL,
	asset_id  INTEGER NOT NULL DEFAULT 0,
	entity    TEXT NOT NULL,
	entity_id INTEGER NOT NULL DEFAULT 0,
	field     TEXT NOT NULL,
	old       TEXT NOT NULL DEFAULT '',
	new       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX changes_asset ON changes (asset_id, id);
