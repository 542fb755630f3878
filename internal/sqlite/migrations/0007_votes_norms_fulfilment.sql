-- 0007: silent votes, the library of normative classifications with the
-- link from a local classification to the norm it started from, and how
-- each requirement is met. (0006 is reserved.)

-- vote_rounds is one silent vote on one aspect of an information type;
-- votes holds each participant's level, hidden until revealed.
CREATE TABLE vote_rounds (
	id           INTEGER PRIMARY KEY,
	info_type_id INTEGER NOT NULL REFERENCES info_types (id) ON DELETE CASCADE,
	aspect       TEXT NOT NULL CHECK (aspect IN ('K', 'R', 'T', 'S')),
	revealed     INTEGER NOT NULL DEFAULT 0,
	created_at   TEXT NOT NULL
);
CREATE INDEX vote_rounds_type ON vote_rounds (info_type_id, aspect, id);

CREATE TABLE votes (
	round_id       INTEGER NOT NULL REFERENCES vote_rounds (id) ON DELETE CASCADE,
	participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
	position       INTEGER NOT NULL,
	level          INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
	PRIMARY KEY (round_id, participant_id)
) WITHOUT ROWID;

-- norms is the library: each imported normative classification, one row
-- per key and version, with its information types, ratings, raises and
-- threshold answers.
CREATE TABLE norms (
	id            INTEGER PRIMARY KEY,
	norm_key      TEXT NOT NULL,
	version       INTEGER NOT NULL CHECK (version >= 1),
	name          TEXT NOT NULL CHECK (name <> ''),
	description   TEXT NOT NULL DEFAULT '',
	organisation  TEXT NOT NULL CHECK (organisation <> ''),
	date          TEXT NOT NULL,
	decided_by    TEXT NOT NULL DEFAULT '',
	scope         TEXT NOT NULL DEFAULT '',
	model_id      TEXT NOT NULL DEFAULT '',
	model_version INTEGER NOT NULL DEFAULT 0,
	file          TEXT NOT NULL DEFAULT '',
	imported_at   TEXT NOT NULL,
	UNIQUE (norm_key, version)
);

CREATE TABLE norm_info_types (
	id          INTEGER PRIMARY KEY,
	norm_id     INTEGER NOT NULL REFERENCES norms (id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	name        TEXT NOT NULL,
	description TEXT NOT NULL DEFAULT '',
	flags       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX norm_info_types_norm ON norm_info_types (norm_id, position);

CREATE TABLE norm_ratings (
	norm_info_type_id INTEGER NOT NULL REFERENCES norm_info_types (id) ON DELETE CASCADE,
	aspect            TEXT NOT NULL CHECK (aspect IN ('K', 'R', 'T', 'S')),
	level             INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
	motivation        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (norm_info_type_id, aspect)
) WITHOUT ROWID;

CREATE TABLE norm_raises (
	norm_id     INTEGER NOT NULL REFERENCES norms (id) ON DELETE CASCADE,
	aspect      TEXT NOT NULL CHECK (aspect IN ('K', 'R', 'T', 'S')),
	level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
	reason      TEXT NOT NULL DEFAULT '',
	explanation TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (norm_id, aspect)
) WITHOUT ROWID;

CREATE TABLE norm_thresholds (
	norm_id               INTEGER PRIMARY KEY REFERENCES norms (id) ON DELETE CASCADE,
	question_set_id       TEXT NOT NULL,
	question_set_version  INTEGER NOT NULL,
	not_applicable        INTEGER NOT NULL DEFAULT 0,
	not_applicable_reason TEXT NOT NULL DEFAULT '',
	decision              TEXT NOT NULL DEFAULT '',
	decision_reason       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE norm_answers (
	norm_id     INTEGER NOT NULL REFERENCES norms (id) ON DELETE CASCADE,
	question_id TEXT NOT NULL,
	answer      TEXT NOT NULL CHECK (answer IN ('', 'ja', 'nej', 'osaker')),
	comment     TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (norm_id, question_id)
) WITHOUT ROWID;

-- classification_norms links a local classification to the norm it was
-- started from; the key and version stay when the norm leaves the library.
CREATE TABLE classification_norms (
	classification_id INTEGER PRIMARY KEY REFERENCES classifications (id) ON DELETE CASCADE,
	norm_id           INTEGER REFERENCES norms (id) ON DELETE SET NULL,
	norm_key          TEXT NOT NULL,
	norm_version      INTEGER NOT NULL,
	name              TEXT NOT NULL DEFAULT '',
	organisation      TEXT NOT NULL DEFAULT ''
);

-- rating_origins holds, per rating copied from a norm, the norm's level
-- and motivation, and why the local level differs.
CREATE TABLE rating_origins (
	info_type_id    INTEGER NOT NULL REFERENCES info_types (id) ON DELETE CASCADE,
	aspect          TEXT NOT NULL CHECK (aspect IN ('K', 'R', 'T', 'S')),
	norm_level      INTEGER NOT NULL CHECK (norm_level BETWEEN 1 AND 4),
	norm_motivation TEXT NOT NULL DEFAULT '',
	reason          TEXT NOT NULL DEFAULT '',
	approved_by     TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (info_type_id, aspect)
) WITHOUT ROWID;

-- requirement_fulfilment is how the asset meets each requirement. The
-- status Ej tillämpligt is not kept here: it is the requirement's row in
-- requirement_exclusions, whose reason is the text.
CREATE TABLE requirement_fulfilment (
	asset_id       INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
	requirement_id TEXT NOT NULL,
	status         TEXT NOT NULL DEFAULT '' CHECK (status IN ('', 'uppfyllt', 'delvis', 'ej_uppfyllt')),
	how            TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (asset_id, requirement_id)
) WITHOUT ROWID;

-- separate_analyses records that the protection analysis an aspect at
-- level 4 needs was done.
CREATE TABLE separate_analyses (
	asset_id  INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
	aspect    TEXT NOT NULL CHECK (aspect IN ('K', 'R', 'T', 'S')),
	done_on   TEXT NOT NULL DEFAULT '',
	reference TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (asset_id, aspect)
) WITHOUT ROWID;
