-- Events kept only for the record (attribute "_hidden", e.g. visitor navigation) are left out of
-- history; the column mirrors the attribute so history can filter on it. Threads remember the last
-- sequence number they handed out, so that a deleted event's number is never given to a new one.
-- Keep in step with ../sqlite/V2__event_hidden_and_sequence.sql (they differ only in the boolean type).

ALTER TABLE events ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE threads ADD COLUMN last_event_seq BIGINT NOT NULL DEFAULT 0;
UPDATE threads SET last_event_seq = COALESCE((SELECT MAX(seq) FROM events WHERE events.thread_id = threads.id), 0);
