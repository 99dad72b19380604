-- Per-user settings of the compose-box search (default gemeente), under the question log's pseudonym, never a user id.
CREATE TABLE user_preference (
    asker_pseudonym TEXT PRIMARY KEY,
    default_municipality TEXT,
    updated_at TEXT NOT NULL
);
