-- Business hours per department (core.hours): one definition per department, kept as the JSON of
-- BusinessHoursMaps (time zone, working-day message, working days, holidays), written and read only
-- by the store. Deleting a department deletes its definition.
-- Keep in step with ../postgresql/V6__department_business_hours.sql (the two are identical).

CREATE TABLE department_business_hours (
    department_id TEXT   NOT NULL PRIMARY KEY REFERENCES departments (id) ON DELETE CASCADE,
    definition    TEXT   NOT NULL,
    updated_at    BIGINT NOT NULL
);
