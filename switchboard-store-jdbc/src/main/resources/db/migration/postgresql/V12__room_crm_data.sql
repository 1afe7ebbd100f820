-- The body of a CRM webhook receiver's 200 answer, per room (Rocket.Chat's room crmData,
-- live-agents-mediator.md §11.2, §11.5): stored by the outbox worker, included as crmData in the
-- room's next webhook payload. No foreign key: a room's data may arrive after anything else happened
-- to it, and rows are a few bytes. updated_at is epoch milliseconds.
-- Keep in step with ../sqlite/V12__room_crm_data.sql (the two are identical).

CREATE TABLE room_crm_data (
    room_id    TEXT   NOT NULL PRIMARY KEY,
    data       TEXT   NOT NULL,
    updated_at BIGINT NOT NULL
);
