-- Routing state. Agents and departments may carry their own limit of simultaneous chats (NULL or 0:
-- not set, the next level of the precedence applies); agents remember when routing last gave them a
-- chat (Load_Balancing ties, Load_Rotation order). A thread put on hold does not count towards its
-- agent's limit. An inquiry returned to the queue because its agent never answered keeps that agent
-- out of its next routing. Keep in step with ../postgresql/V3__routing.sql (booleans differ).

ALTER TABLE users ADD COLUMN max_chats BIGINT;
ALTER TABLE users ADD COLUMN last_routed_at BIGINT;
ALTER TABLE departments ADD COLUMN max_chats BIGINT NOT NULL DEFAULT 0;
ALTER TABLE threads ADD COLUMN on_hold INTEGER NOT NULL DEFAULT 0 CHECK (on_hold IN (0, 1));
ALTER TABLE inquiries ADD COLUMN excluded_agent_id TEXT;
CREATE INDEX threads_open_agent ON threads (closed_at, agent_id);
