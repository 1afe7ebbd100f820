package dev.switchboard.core.model;

/** A reference to a user or contact by id and username, as stored on records that name one. */
public record UserRef(String id, String username) {}
