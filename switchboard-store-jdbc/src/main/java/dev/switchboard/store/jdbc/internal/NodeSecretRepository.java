package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.NodeSecretStore;

/** {@link NodeSecretStore} on the {@code node_secrets} table (migration V13). */
final class NodeSecretRepository implements NodeSecretStore {
    private final Tx tx;

    NodeSecretRepository(Tx tx) { this.tx = tx; }

    @Override
    public String putIfAbsent(String name, String candidate) {
        // Two nodes starting at once both insert; ON CONFLICT keeps the first, and both read it back.
        tx.execute(tx.update("INSERT INTO node_secrets (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                .bind("name", name).bind("value", candidate));
        return tx.query("SELECT value FROM node_secrets WHERE name = :name").bind("name", name).mapTo(String.class).one();
    }
}
