-- Outgoing Bot Connector sends by logical id, so no instance ever posts the same activity twice.
CREATE TABLE outgoing_activity (
    key TEXT PRIMARY KEY,            -- conversationId|activityId
    state TEXT NOT NULL,             -- claimed | sent
    response TEXT,
    updated_at TEXT NOT NULL         -- UTC ISO 8601; a claim older than the lease may be taken over
);
