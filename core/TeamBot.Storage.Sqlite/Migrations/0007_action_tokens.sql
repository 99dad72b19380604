-- Card buttons carry an unguessable reference besides the log id, so nobody acts on another's question by counting ids.
-- Entries from before have none: their old buttons are refused.
ALTER TABLE question_log ADD COLUMN action_token TEXT;
