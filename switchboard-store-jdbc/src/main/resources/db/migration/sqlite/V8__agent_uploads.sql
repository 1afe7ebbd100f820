-- Files uploaded through the LiveChat Agent Chat API's upload_file (livechat-agent-api-v3.6.md §4.15) before
-- any chat uses them: the bytes are already stored under the id; send_event moves the row to files (with
-- its thread) and deletes it here. Rows older than 24 hours are no longer accepted by send_event.
-- Keep in step with ../postgresql/V8__agent_uploads.sql.

CREATE TABLE agent_uploads (
    id          TEXT   NOT NULL PRIMARY KEY,
    uploader_id TEXT   NOT NULL,
    name        TEXT   NOT NULL,
    type        TEXT   NOT NULL,
    size        BIGINT NOT NULL CHECK (size >= 0),
    sha256      TEXT,
    created_at  BIGINT NOT NULL
);
CREATE INDEX agent_uploads_created ON agent_uploads (created_at);
