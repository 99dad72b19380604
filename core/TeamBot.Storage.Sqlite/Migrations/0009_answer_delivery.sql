-- An expert's answer is stored first and delivered when the asker is reachable; this says whether it was.
-- Answers from before were delivered or lost at the time: count them as delivered, never send them twice.
ALTER TABLE escalation_ticket ADD COLUMN answer_delivered_at TEXT;
UPDATE escalation_ticket SET answer_delivered_at = answered_at WHERE answered_at IS NOT NULL;
