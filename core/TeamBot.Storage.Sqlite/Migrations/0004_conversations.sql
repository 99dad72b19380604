-- The answer as given, so its card can be shown again after a button press (no personal data: built from region data and the redacted question).
ALTER TABLE question_log ADD COLUMN answer_text TEXT;
ALTER TABLE question_log ADD COLUMN escalate INTEGER NOT NULL DEFAULT 0;

-- Where the bot can reach a conversation later (escalation answers, digests): ids and service URL only, no names.
CREATE TABLE conversation_reference (
    address TEXT PRIMARY KEY,        -- channelId:conversationId
    reference TEXT NOT NULL,         -- JSON ConversationReference without display names
    conversation_type TEXT,
    updated_at TEXT NOT NULL
);
