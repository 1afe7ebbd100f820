-- The durable outbox (core.outbox.OutboxItem): outbound HTTP deliveries written in the transaction of
-- the change that caused them. Items of one stream (target and room) go out one at a time in seq
-- order; lease_until hides an item that a delivery worker is sending. Times are epoch milliseconds.
-- Keep in step with ../sqlite/V10__outbox_and_mediator.sql (only the seq column's type differs).

CREATE TABLE outbox (
    seq             BIGSERIAL PRIMARY KEY,
    id              TEXT    NOT NULL UNIQUE,
    stream          TEXT    NOT NULL,
    target          TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    destination     TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    room_id         TEXT,
    status          TEXT    NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at BIGINT  NOT NULL,
    lease_until     BIGINT  NOT NULL,
    created_at      BIGINT  NOT NULL,
    delivered_at    BIGINT,
    last_error      TEXT
);
-- The claim reads each stream's oldest pending item.
CREATE INDEX outbox_pending ON outbox (stream, seq) WHERE status = 'PENDING';
CREATE INDEX outbox_status ON outbox (status);

-- The Live Agents mediator's sessions (core.model.MediatorSession), one per RapidPro contact uuid.
CREATE TABLE mediator_sessions (
    uuid           TEXT   NOT NULL PRIMARY KEY,
    rid            TEXT,
    department     TEXT   NOT NULL,
    project        TEXT   NOT NULL,
    country        TEXT   NOT NULL,
    name           TEXT,
    urn            TEXT,
    mongoid        TEXT,
    status         TEXT   NOT NULL,
    agent_id       TEXT,
    agent_username TEXT,
    agent_name     TEXT,
    closing_by     TEXT,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL
);
CREATE INDEX mediator_sessions_updated ON mediator_sessions (updated_at);

-- Messages the mediator relayed to RapidPro, by message id and edit time: a message reaching it twice
-- (a retried webhook, or both the internal event and the webhook) is sent once (spec §5.5.1 step 3).
CREATE TABLE mediator_relayed (
    message_key TEXT   NOT NULL PRIMARY KEY,
    relayed_at  BIGINT NOT NULL
);
