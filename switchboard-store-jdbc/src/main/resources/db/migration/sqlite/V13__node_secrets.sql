-- Secrets every node of a cluster must share, by name (e.g. the key that signs public file links,
-- live-agents-mediator.md §9.4). The first node to start inserts a fresh random value; every node
-- then reads the stored one (insert-if-absent), so restarts and new nodes keep old links valid.
-- Keep in step with ../postgresql/V13__node_secrets.sql (the two are identical).

CREATE TABLE node_secrets (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
