package dev.switchboard.core.store;

/**
 * A write broke a unique constraint: a second open thread for one chat, a username taken twice, ...
 * Services catch it where a concurrent writer may win the race and then re-read the winner's row.
 */
public final class DuplicateKeyException extends RuntimeException {
    public DuplicateKeyException(String message, Throwable cause) { super(message, cause); }
}
