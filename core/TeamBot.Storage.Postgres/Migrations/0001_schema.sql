-- The whole schema of TeamBot as the SQLite migrations 0001-0013 left it, in PostgreSQL's own types: moments as
-- timestamptz, dates as date, money as numeric, lists as jsonb. Later changes come as new numbered scripts.

-- Region data as imported from the workbook, replaced as a whole by every good import.
CREATE TABLE data_version (
    id integer PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);

CREATE TABLE municipality (
    position integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    regions jsonb NOT NULL,
    access_team text,
    figures json NOT NULL              -- column -> decimal as invariant text; json keeps the workbook's column order, jsonb would not
);

CREATE TABLE provider (
    position integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    chamber_of_commerce_number text,
    website text,
    phone text,
    email text,
    contact_person text,
    contract_manager text,
    specialisations jsonb NOT NULL,
    target_groups jsonb NOT NULL
);

CREATE TABLE product (
    position integer PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    law text,
    category text,
    segment text,
    unit text,
    description text
);

CREATE TABLE contract (
    position integer PRIMARY KEY,
    provider text NOT NULL REFERENCES provider (name),
    product_code text NOT NULL REFERENCES product (code),
    region text,
    municipalities jsonb NOT NULL,
    all_municipalities boolean NOT NULL,
    delivery_model text,
    rate numeric,
    start_date date,
    end_date date,
    max_end_date date,
    lot text,
    status text NOT NULL,
    remark text
);

CREATE TABLE contract_document (
    position integer PRIMARY KEY,
    title text NOT NULL,
    file_name text NOT NULL,
    sha256 text NOT NULL
);

CREATE TABLE document_section (
    document_position integer NOT NULL REFERENCES contract_document (position) ON DELETE CASCADE,
    section_index integer NOT NULL,
    heading text NOT NULL,
    level integer NOT NULL,
    path text NOT NULL,
    text text NOT NULL,
    PRIMARY KEY (document_position, section_index)
);

CREATE TABLE import_history (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    imported_at timestamptz NOT NULL,
    file_name text NOT NULL,
    sha256 text NOT NULL,
    counts jsonb NOT NULL,
    changes jsonb NOT NULL
);

-- Every question, redacted, so the procesafspraken with the toegangen can be measured.
CREATE TABLE question_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    asked_at timestamptz NOT NULL,
    redacted_text text NOT NULL,
    category text NOT NULL,            -- contract | casuistiek | overig
    confidence double precision NOT NULL,
    intent text NOT NULL,
    outcome text NOT NULL,             -- answered | redirected | escalated | unanswered | refused
    sources jsonb NOT NULL,
    asker_pseudonym text,
    asker_municipality text,
    channel text NOT NULL,
    latency_ms double precision NOT NULL,
    feedback text,
    escalation_state text,
    answer_text text,                  -- built from region data and the redacted question, so a card can be shown again
    escalate boolean NOT NULL DEFAULT false,
    action_token text,                 -- unguessable reference the card buttons carry besides the id
    override_of bigint,                -- "dit is toch een contractvraag": this entry answers that one again
    topics jsonb                       -- aanbieder names and product codes the question named, never a person
);
CREATE INDEX ix_question_log_asked_at ON question_log (asked_at);
CREATE INDEX ix_question_log_override_of ON question_log (override_of);

-- Per-installation secrets that must survive restarts, such as the key of the asker pseudonyms.
CREATE TABLE app_setting (
    name text PRIMARY KEY,
    value text NOT NULL
);
-- Two v4 UUIDs from the server's strong random source: 244 random bits in 64 hex digits, without pgcrypto.
INSERT INTO app_setting (name, value) VALUES ('asker_pseudonym_key', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- Tickets for questions handed to the inkoopteam; one per question, answered once (guarded here, not in memory).
CREATE TABLE escalation_ticket (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    question_log_id bigint NOT NULL UNIQUE,
    redacted_question text NOT NULL,
    category text NOT NULL,
    asker_municipality text,
    bot_answer text,
    asker_address text,                -- opaque channel address of the asker, without names
    state text NOT NULL,               -- open | answered | closed
    opened_at timestamptz NOT NULL,
    answered_at timestamptz,
    answer text,
    answered_by_pseudonym text,
    ticket_card_address text,
    answer_delivered_at timestamptz,
    action_token text
);
CREATE INDEX ix_escalation_ticket_state ON escalation_ticket (state);

-- Standard answers saved by the inkoopteam, found by the question's word key.
CREATE TABLE faq_entry (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    question_key text NOT NULL UNIQUE,
    redacted_question text NOT NULL,
    answer text NOT NULL,
    created_at timestamptz NOT NULL,
    ticket_id bigint
);

-- Where the bot can reach a conversation later (escalation answers, digests): ids and service URL only, no names.
CREATE TABLE conversation_reference (
    address text PRIMARY KEY,          -- channelId:conversationId
    reference text NOT NULL,           -- JSON ConversationReference without display names, kept as sent
    conversation_type text,
    updated_at timestamptz NOT NULL
);

-- Outgoing Bot Connector sends by logical id, so no instance ever posts the same activity twice.
CREATE TABLE outgoing_activity (
    key text PRIMARY KEY,              -- conversationId|activityId
    state text NOT NULL,               -- claimed | sent
    response text,
    updated_at timestamptz NOT NULL    -- a claim older than the lease may be taken over
);
CREATE INDEX ix_outgoing_activity_updated_at ON outgoing_activity (updated_at);

-- /readyz writes here: a database that can be read but no longer written is not ready for questions.
CREATE TABLE readiness_probe (
    id integer PRIMARY KEY CHECK (id = 1),
    probed_at timestamptz NOT NULL
);

-- Channels that asked for the weekly digest ("digest aan"); configured channels are not stored.
CREATE TABLE digest_subscription (
    address text PRIMARY KEY,
    audience text NOT NULL,            -- inkoopteam | toegangen
    municipality text,
    subscribed_by text,                -- asker pseudonym, never the user id
    subscribed_at timestamptz NOT NULL
);

-- Proactive sends that must happen once: a digest per channel per ISO week, an alert per asker per import.
CREATE TABLE proactive_send (
    key text PRIMARY KEY,
    state text NOT NULL,               -- claimed | sent
    claim_token text NOT NULL,
    claimed_until timestamptz NOT NULL,
    activity_id text,
    updated_at timestamptz NOT NULL
);

-- Where an asker who asked about an aanbieder or product can be told it changed: pseudonym and address only.
CREATE TABLE alert_recipient (
    asker_pseudonym text PRIMARY KEY,
    address text NOT NULL,
    municipality text,
    alerts_off boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL
);

-- Per-user settings of the compose-box search, under the question log's pseudonym, never a user id.
CREATE TABLE user_preference (
    asker_pseudonym text PRIMARY KEY,
    default_municipality text,
    updated_at timestamptz NOT NULL
);
