-- What a question was about (aanbieder names, product codes as JSON), so the digest counts the most asked and change
-- alerts reach those who asked. Region entities only, never a person.
ALTER TABLE question_log ADD COLUMN topics TEXT;

-- Channels that asked for the weekly digest ("digest aan"); configured channels are not stored.
CREATE TABLE digest_subscription (
    address TEXT PRIMARY KEY,          -- channelId:conversationId, as conversation_reference
    audience TEXT NOT NULL,            -- inkoopteam | toegangen
    municipality TEXT,                 -- a toegangen digest keeps to this gemeente
    subscribed_by TEXT,                -- asker pseudonym, never the user id
    subscribed_at TEXT NOT NULL
);

-- Proactive sends that must happen once: a digest per channel per ISO week, an alert per asker per import.
-- A claim is a lease (claimed_until); the activity id is kept once sent, so no retry sends a second card.
CREATE TABLE proactive_send (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,               -- claimed | sent
    claim_token TEXT NOT NULL,         -- who holds the claim: only they record or release it
    claimed_until TEXT NOT NULL,
    activity_id TEXT,
    updated_at TEXT NOT NULL
);

-- Where a toegangsmedewerker who asked about an aanbieder or product can be told it changed: the pseudonym of the
-- question log and the conversation address only. alerts_off after "meldingen uit".
CREATE TABLE alert_recipient (
    asker_pseudonym TEXT PRIMARY KEY,
    address TEXT NOT NULL,
    municipality TEXT,
    alerts_off INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
