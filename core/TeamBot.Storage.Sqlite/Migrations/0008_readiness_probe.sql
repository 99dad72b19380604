-- /readyz writes here: a database that can be read but no longer written (a full disk) is not ready for questions.
CREATE TABLE readiness_probe (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    probed_at TEXT NOT NULL
);
