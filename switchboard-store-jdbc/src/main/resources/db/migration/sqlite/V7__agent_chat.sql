-- The LiveChat Agent Chat API v3.6 view of the same model (livechat-agent-api-v3.6.md §3):
-- properties on chats and threads (two-level JSON objects, {namespace: {name: value}}; an event's
-- live in its attributes); events.agents_only mirrors the attribute that keeps an event from the
-- contact (visibility "agents") so that the contact's history can filter on it; LiveChat's integer
-- group ids for departments (0 means "no group"); agents added to a chat beside its serving agent;
-- how far each user has seen a chat; chat and customer followers; a customer's ordered session
-- fields and ban. chats.last_thread_id lets listings join each chat to
-- its latest thread without a correlated subquery.
-- Keep in step with ../postgresql/V7__agent_chat.sql (the two differ only in the boolean type).

ALTER TABLE chats ADD COLUMN properties TEXT NOT NULL DEFAULT '{}';
ALTER TABLE chats ADD COLUMN last_thread_id TEXT;
UPDATE chats SET last_thread_id = (SELECT t.id FROM threads t WHERE t.chat_id = chats.id
                                    ORDER BY t.created_at DESC, t.id DESC LIMIT 1);
CREATE INDEX chats_last_thread ON chats (last_thread_id);

ALTER TABLE threads ADD COLUMN properties TEXT NOT NULL DEFAULT '{}';

ALTER TABLE events ADD COLUMN agents_only INTEGER NOT NULL DEFAULT 0 CHECK (agents_only IN (0, 1));

ALTER TABLE departments ADD COLUMN group_id BIGINT;
UPDATE departments SET group_id = (SELECT COUNT(*) FROM departments d
                                   WHERE d.created_at < departments.created_at
                                      OR (d.created_at = departments.created_at AND d.id <= departments.id));
CREATE UNIQUE INDEX departments_group_id ON departments (group_id);

ALTER TABLE contacts ADD COLUMN session_fields TEXT NOT NULL DEFAULT '[]';
ALTER TABLE contacts ADD COLUMN banned_until BIGINT;

CREATE TABLE chat_members (
    chat_id    TEXT   NOT NULL REFERENCES chats (id),
    user_id    TEXT   NOT NULL,
    visibility TEXT   NOT NULL DEFAULT 'all',
    added_at   BIGINT NOT NULL,
    PRIMARY KEY (chat_id, user_id)
);
CREATE INDEX chat_members_user ON chat_members (user_id);

CREATE TABLE chat_seen (
    chat_id    TEXT   NOT NULL REFERENCES chats (id),
    user_id    TEXT   NOT NULL,
    seen_up_to BIGINT NOT NULL,
    PRIMARY KEY (chat_id, user_id)
);

CREATE TABLE chat_followers (
    chat_id TEXT NOT NULL REFERENCES chats (id),
    user_id TEXT NOT NULL,
    PRIMARY KEY (chat_id, user_id)
);
CREATE INDEX chat_followers_user ON chat_followers (user_id);

CREATE TABLE customer_followers (
    contact_id TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    PRIMARY KEY (contact_id, user_id)
);
