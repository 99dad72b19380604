-- One naming convention for stored states (lower snake_case, as in JSON): escalation_ticket.state was "Open" | "Answered" | "Closed".
UPDATE escalation_ticket SET state = lower(state);
UPDATE question_log SET escalation_state = lower(escalation_state) WHERE escalation_state IS NOT NULL;
UPDATE question_log SET outcome = lower(outcome);
