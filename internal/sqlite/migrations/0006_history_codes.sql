-- 0006: the history in codes. A change's field is a code (see
-- domain.ChangeLabels) and args holds the names its label needs, as a
-- JSON array, so that the history is read in the reader's language.
-- Rows written before are converted where their Swedish label is known;
-- others keep their label and are shown as they are.

ALTER TABLE changes ADD COLUMN args TEXT NOT NULL DEFAULT '';

-- Labels with names in them, converted first while the label is intact.
UPDATE changes SET args = json_array(substr(field, 1, length(field) - 8), substr(field, length(field) - 5, 1)), field = 'level'
	WHERE entity = 'rating' AND field LIKE '%: _ nivå';
UPDATE changes SET args = json_array(substr(field, 1, length(field) - 14), substr(field, length(field) - 11, 1)), field = 'motivation'
	WHERE entity = 'rating' AND field LIKE '%: _ motivering';
UPDATE changes SET args = json_array(substr(field, 1, length(field) - 13)), field = 'description'
	WHERE entity = 'infotype' AND field LIKE '%: beskrivning';
UPDATE changes SET args = json_array(substr(field, 1, length(field) - 13)), field = 'flags'
	WHERE entity = 'infotype' AND field LIKE '%: markeringar';
UPDATE changes SET args = json_array(substr(field, 1, 1)), field = 'level' WHERE entity = 'raise' AND field LIKE '_ höjd till';
UPDATE changes SET args = json_array(substr(field, 1, 1)), field = 'reason' WHERE entity = 'raise' AND field LIKE '_ höjningsskäl';
UPDATE changes SET args = json_array(substr(field, 1, 1)), field = 'explanation' WHERE entity = 'raise' AND field LIKE '_ förklaring';
UPDATE changes SET args = json_array(substr(field, 1, length(field) - 5)), field = 'answer'
	WHERE entity = 'threshold' AND field LIKE '% svar';
UPDATE changes SET args = json_array(substr(field, 1, length(field) - 10)), field = 'comment'
	WHERE entity = 'threshold' AND field LIKE '% kommentar';
UPDATE changes SET args = json_array(substr(field, 6)), field = 'plan' WHERE entity = 'plan' AND field LIKE 'plan %';
UPDATE changes SET args = json_array(substr(field, 1, length(field) - 14)), field = 'excluded'
	WHERE entity = 'requirement' AND field LIKE '% ej tillämplig';

-- Fixed labels.
UPDATE changes SET field = CASE field
	WHEN 'skapad' THEN 'created' WHEN 'borttagen' THEN 'deleted' WHEN 'namn' THEN 'name'
	WHEN 'beskrivning' THEN 'description' WHEN 'typ' THEN 'kind' WHEN 'informationsägare' THEN 'owner_name'
	WHEN 'ägarens roll' THEN 'owner_role' WHEN 'förvaltningsobjekt' THEN 'management_object'
	WHEN 'system' THEN 'system' WHEN 'leverantör' THEN 'supplier' WHEN 'personuppgifter' THEN 'personal_data'
	WHEN 'samhällsviktig (RSA)' THEN 'rsa_critical' WHEN 'NIS2' THEN 'nis2' WHEN 'upphandling' THEN 'procurement_date'
	WHEN 'anteckningar' THEN 'notes' WHEN 'status' THEN 'status' WHEN 'statusskäl' THEN 'status_reason'
	WHEN 'prioritetsjustering' THEN 'priority_adjust' WHEN 'skäl för justering' THEN 'priority_reason'
	ELSE field END
	WHERE entity = 'asset';
UPDATE changes SET field = CASE field
	WHEN 'klassning skapad' THEN 'created' WHEN 'klassning borttagen' THEN 'deleted' WHEN 'datum' THEN 'date'
	WHEN 'typ' THEN 'kind' WHEN 'avgränsning' THEN 'scope' WHEN 'beslutat av' THEN 'decided_by'
	WHEN 'beslutsdatum' THEN 'decided_at' WHEN 'nästa uppföljning' THEN 'next_review'
	ELSE field END
	WHERE entity = 'classification';
-- A classification created before codes stored "kind date" as its new value.
UPDATE changes SET new = substr(new, instr(new, ' ') + 1)
	WHERE entity = 'classification' AND field = 'created' AND instr(new, ' ') > 0;
UPDATE changes SET field = CASE field
	WHEN 'deltagare tillagd' THEN 'added' WHEN 'deltagare' THEN 'name' WHEN 'roll' THEN 'role'
	WHEN 'deltagare borttagen' THEN 'deleted' ELSE field END
	WHERE entity = 'participant';
UPDATE changes SET field = CASE field
	WHEN 'informationstyp tillagd' THEN 'added' WHEN 'informationstyp' THEN 'name'
	WHEN 'informationstyp borttagen' THEN 'deleted' ELSE field END
	WHERE entity = 'infotype';
UPDATE changes SET field = CASE field
	WHEN 'tröskelanalys skapad' THEN 'created' WHEN 'ej tillämplig' THEN 'not_applicable'
	WHEN 'skäl ej tillämplig' THEN 'not_applicable_reason' WHEN 'beslut' THEN 'decision'
	WHEN 'beslutsskäl' THEN 'decision_reason' WHEN 'dataskyddsombudets yttrande' THEN 'dso_opinion'
	WHEN 'deltagare' THEN 'participants' WHEN 'DPIA-status' THEN 'dpia_status' WHEN 'DPIA-datum' THEN 'dpia_date'
	WHEN 'DPIA-referens' THEN 'dpia_reference' ELSE field END
	WHERE entity = 'threshold';
UPDATE changes SET field = CASE
	WHEN field = 'parkerad fråga' AND old = '' THEN 'added' WHEN field = 'parkerad fråga' THEN 'text'
	WHEN field = 'parkerad fråga löst' THEN 'resolved' WHEN field = 'parkerad fråga borttagen' THEN 'deleted'
	ELSE field END
	WHERE entity = 'parked';
