-- 0005: the decision as an act. decided_on is when the information
-- owner's decision was recorded; the decision's fields (decided_by,
-- decided_at, next_review) are drafts until then. Classifications that
-- earlier versions showed as decided keep that state.

ALTER TABLE classifications ADD COLUMN decided_on TEXT NOT NULL DEFAULT '';
UPDATE classifications SET decided_on = updated_at WHERE decided_by <> '' AND decided_at <> '';
CREATE INDEX classifications_decided ON classifications (asset_id, decided_on);
