-- A visitor's survey answers per thread (Rocket.Chat's surveyFeedback), at most one set per thread;
-- a new submission replaces the row. data is a JSON array of {"name","value"} objects in the order
-- given; created_at is when that submission was made (epoch milliseconds).
-- Keep in step with ../postgresql/V4__thread_surveys.sql (the two are identical).

CREATE TABLE thread_surveys (
    thread_id  TEXT   NOT NULL PRIMARY KEY REFERENCES threads (id),
    data       TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);
