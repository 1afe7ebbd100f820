package dev.switchboard.core.store;

/**
 * Cluster-wide secrets by name, generated once and shared by every node (e.g. the key that signs
 * public file links). Values are never logged.
 */
public interface NodeSecretStore {
    /**
     * Stores {@code candidate} under {@code name} unless a value is already there, and returns the
     * stored value: the first caller's candidate wins, every later caller gets that same value.
     */
    String putIfAbsent(String name, String candidate);
}
