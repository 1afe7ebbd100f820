-- Uploaded files (rocketchat-livechat.md §3.5 livechat/upload, rooms.upload). The bytes live on disk under
-- the data directory, named by id; this row says whose room a file belongs to, who posted it, and what it is.
-- Ids are random (about 142 bits), never sequential. Keep in step with ../postgresql/V5__files.sql.

CREATE TABLE files (
    id            TEXT   NOT NULL PRIMARY KEY,
    thread_id     TEXT   NOT NULL REFERENCES threads (id),
    uploader_kind TEXT   NOT NULL CHECK (uploader_kind IN ('CONTACT', 'AGENT')),
    uploader_id   TEXT   NOT NULL,
    name          TEXT   NOT NULL,
    type          TEXT   NOT NULL,
    size          BIGINT NOT NULL CHECK (size >= 0),
    sha256        TEXT,
    created_at    BIGINT NOT NULL
);
CREATE INDEX files_thread ON files (thread_id, created_at);
