-- Every question, redacted, so the procesafspraken with the toegangen can be measured.
CREATE TABLE question_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at TEXT NOT NULL,          -- UTC, ISO 8601 (sortable)
    redacted_text TEXT NOT NULL,
    category TEXT NOT NULL,          -- contract | casuistiek | overig
    confidence REAL NOT NULL,
    intent TEXT NOT NULL,
    outcome TEXT NOT NULL,           -- answered | redirected | escalated | unanswered | refused
    sources TEXT NOT NULL,           -- JSON array
    asker_pseudonym TEXT,
    asker_municipality TEXT,
    channel TEXT NOT NULL,
    latency_ms REAL NOT NULL,
    feedback TEXT,
    escalation_state TEXT
);
CREATE INDEX ix_question_log_asked_at ON question_log (asked_at);

-- Per-installation secrets that must survive restarts, such as the key of the asker pseudonyms.
CREATE TABLE app_setting (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO app_setting (name, value) VALUES ('asker_pseudonym_key', lower(hex(randomblob(32))));
