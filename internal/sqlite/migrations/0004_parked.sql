-- 0004: parked questions (parkerade frågor) of a classification meeting.

CREATE TABLE parked_questions (
	id                INTEGER PRIMARY KEY,
	classification_id INTEGER NOT NULL REFERENCES classifications (id) ON DELETE CASCADE,
	position          INTEGER NOT NULL,
	text              TEXT NOT NULL CHECK (text <> ''),
	resolved          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX parked_classification ON parked_questions (classification_id, position);
