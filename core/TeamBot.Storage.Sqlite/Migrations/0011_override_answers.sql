-- "Dit is toch een contractvraag" answers the question again as a contract question, in an entry of its own that
-- points back at the original; a second press finds that answer instead of making another.
ALTER TABLE question_log ADD COLUMN override_of INTEGER;
CREATE INDEX ix_question_log_override_of ON question_log (override_of);
