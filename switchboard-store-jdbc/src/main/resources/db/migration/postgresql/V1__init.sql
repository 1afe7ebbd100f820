-- Switchboard schema, PostgreSQL flavour. Keep in step with ../sqlite/V1__init.sql: the two differ
-- only in the boolean type (native BOOLEAN here). Timestamps are epoch milliseconds; JSON is TEXT.

CREATE TABLE users (
    id              TEXT    NOT NULL PRIMARY KEY,
    username        TEXT    NOT NULL,
    name            TEXT,
    email           TEXT,
    password_hash   TEXT,
    roles           TEXT    NOT NULL DEFAULT '[]',
    active          BOOLEAN NOT NULL,
    status          TEXT,
    status_text     TEXT    NOT NULL DEFAULT '',
    livechat_status TEXT,
    operator        BOOLEAN NOT NULL,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL
);
CREATE UNIQUE INDEX users_username_ci ON users (lower(username));
-- NULLs never clash in a unique index, so any number of users may have no email. Not a partial index:
-- lookups by lower(email) could not prove its predicate and would not use it.
CREATE UNIQUE INDEX users_email_ci ON users (lower(email));

CREATE TABLE auth_tokens (
    token_hash TEXT   NOT NULL PRIMARY KEY,
    user_id    TEXT   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE INDEX auth_tokens_user ON auth_tokens (user_id);

-- No foreign key to contacts from chats or threads: a removed contact's history stays for reports.
CREATE TABLE contacts (
    id             TEXT   NOT NULL PRIMARY KEY,
    token          TEXT   NOT NULL UNIQUE,
    username       TEXT   NOT NULL,
    name           TEXT,
    email          TEXT,
    phone          TEXT,
    department_id  TEXT,
    custom_fields  TEXT   NOT NULL DEFAULT '{}',
    status         TEXT,
    last_thread_id TEXT,
    last_thread_at BIGINT,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL
);

CREATE TABLE chats (
    id         TEXT NOT NULL PRIMARY KEY,
    contact_id TEXT NOT NULL,
    channel    TEXT NOT NULL,
    UNIQUE (contact_id, channel)
);

CREATE TABLE threads (
    id                 TEXT   NOT NULL PRIMARY KEY,
    chat_id            TEXT   NOT NULL REFERENCES chats (id),
    contact_id         TEXT   NOT NULL,
    name               TEXT,
    department_id      TEXT,
    agent_id           TEXT,
    agent_username     TEXT,
    agent_since        BIGINT,
    source_type        TEXT,
    source_destination TEXT,
    tags               TEXT   NOT NULL DEFAULT '[]',
    custom_fields      TEXT   NOT NULL DEFAULT '{}',
    message_count      BIGINT NOT NULL DEFAULT 0,
    last_message_at    BIGINT,
    created_at         BIGINT NOT NULL,
    updated_at         BIGINT NOT NULL,
    closed_at          BIGINT,
    closer             TEXT,
    closed_by_id       TEXT,
    closed_by_username TEXT,
    close_comment      TEXT
);
-- The invariant "at most one open thread per chat", enforced by the database for every node.
CREATE UNIQUE INDEX threads_one_open_per_chat ON threads (chat_id) WHERE closed_at IS NULL;
CREATE INDEX threads_contact ON threads (contact_id, created_at);
CREATE INDEX threads_agent_open ON threads (agent_id, closed_at);
CREATE INDEX threads_agent_since ON threads (agent_id, agent_since);
CREATE INDEX threads_department ON threads (department_id);
CREATE INDEX threads_created ON threads (created_at);
CREATE INDEX threads_closed ON threads (closed_at);

CREATE TABLE events (
    id              TEXT   NOT NULL PRIMARY KEY,
    thread_id       TEXT   NOT NULL REFERENCES threads (id),
    seq             BIGINT NOT NULL,
    type            TEXT,
    text            TEXT,
    author_id       TEXT,
    author_username TEXT,
    author_kind     TEXT,
    author_name     TEXT,
    token           TEXT,
    alias           TEXT,
    attributes      TEXT   NOT NULL DEFAULT '{}',
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    edited_at       BIGINT,
    UNIQUE (thread_id, seq)
);

CREATE TABLE inquiries (
    id               TEXT   NOT NULL PRIMARY KEY,
    thread_id        TEXT   NOT NULL UNIQUE REFERENCES threads (id),
    contact_id       TEXT   NOT NULL,
    name             TEXT,
    status           TEXT   NOT NULL CHECK (status IN ('queued', 'taken')),
    department_id    TEXT,
    default_agent_id TEXT,
    source_type      TEXT,
    created_at       BIGINT NOT NULL,
    queued_at        BIGINT,
    taken_at         BIGINT,
    taken_by         TEXT,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX inquiries_queue ON inquiries (status, created_at);
CREATE INDEX inquiries_department ON inquiries (status, department_id);

CREATE TABLE departments (
    id                   TEXT    NOT NULL PRIMARY KEY,
    name                 TEXT    NOT NULL UNIQUE,
    enabled              BOOLEAN NOT NULL,
    show_on_registration BOOLEAN NOT NULL,
    show_on_offline_form BOOLEAN NOT NULL,
    email                TEXT,
    description          TEXT,
    created_at           BIGINT  NOT NULL,
    updated_at           BIGINT  NOT NULL
);

CREATE TABLE department_agents (
    department_id TEXT NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (department_id, user_id)
);
CREATE INDEX department_agents_user ON department_agents (user_id);

CREATE TABLE settings (
    id         TEXT   NOT NULL PRIMARY KEY,
    value      TEXT   NOT NULL,
    updated_at BIGINT NOT NULL
);
