-- Presence held by realtime connections, and agent leave actions waiting out their grace period
-- (core.livechat.AgentConnections and AgentDepartures). Both are tables, not memory, so that a
-- restart neither forgets an agent whose sockets it lost nor drops a leave action already due.
--
-- agent_sockets: one row per user whose presence the server ties to its DDP connections.
--   restore_status NULL: the user had a live connection when last known (a row left so at start-up
--   is a connection the restart cut); otherwise the presence the loss of the last connection took
--   away, given back when a connection returns.
-- agent_departures: the Livechat_agent_leave_action due for an agent who went offline, at due_at
--   (epoch milliseconds), unless it is online again by then.
-- Keep in step with ../sqlite/V11__agent_presence.sql (the two are identical).

CREATE TABLE agent_sockets (
    user_id        TEXT NOT NULL PRIMARY KEY,
    restore_status TEXT
);

CREATE TABLE agent_departures (
    user_id TEXT   NOT NULL PRIMARY KEY,
    due_at  BIGINT NOT NULL
);
