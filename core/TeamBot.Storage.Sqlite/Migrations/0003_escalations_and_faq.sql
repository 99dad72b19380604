-- Tickets for questions handed to the inkoopteam; one per question, answered once (guarded here, not in memory).
CREATE TABLE escalation_ticket (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question_log_id INTEGER NOT NULL UNIQUE,
    redacted_question TEXT NOT NULL,
    category TEXT NOT NULL,
    asker_municipality TEXT,
    bot_answer TEXT,
    asker_address TEXT,              -- opaque channel address of the asker, without names
    state TEXT NOT NULL,             -- Open | Answered | Closed
    opened_at TEXT NOT NULL,         -- UTC, ISO 8601
    answered_at TEXT,
    answer TEXT,
    answered_by_pseudonym TEXT,
    ticket_card_address TEXT
);
CREATE INDEX ix_escalation_ticket_state ON escalation_ticket (state);

-- Standard answers saved by the inkoopteam, found by the question's word key.
CREATE TABLE faq_entry (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question_key TEXT NOT NULL UNIQUE,
    redacted_question TEXT NOT NULL,
    answer TEXT NOT NULL,
    created_at TEXT NOT NULL,
    ticket_id INTEGER
);
