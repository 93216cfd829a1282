-- Survey participation is counted from the answer rows: a classroom answering at once collided on the
-- counters of the screening's versioned row, and on the "before" answer marked paired. Answering now only
-- inserts; survey_response.pre_response_id being UNIQUE keeps a pairing code to one use.
ALTER TABLE screening DROP COLUMN pre_count;
ALTER TABLE screening DROP COLUMN post_count;
ALTER TABLE screening DROP COLUMN paired_count;
ALTER TABLE survey_response DROP COLUMN paired;
