package dev.switchboard.core.store;

import dev.switchboard.core.model.Contact;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Contacts (visitors), looked up by id or by their exact token. */
public interface ContactStore {
    /** @throws DuplicateKeyException when the token or id is taken */
    void insert(Contact contact);

    void update(Contact contact);

    Optional<Contact> findById(String id);

    /** Exact, case-sensitive match. */
    Optional<Contact> findByToken(String token);

    /** @return whether a contact was deleted */
    boolean delete(String id);

    /** The contact's LiveChat session fields, in the order they were given; empty when none. */
    List<Map<String, String>> sessionFields(String contactId);

    void setSessionFields(String contactId, List<Map<String, String>> fields);

    /** Until when the contact is banned (nullable: never banned). */
    Instant bannedUntil(String contactId);

    void setBannedUntil(String contactId, Instant until);

    /** @return false when the user already followed the contact */
    boolean follow(String contactId, String userId);

    /** @return false when the user did not follow the contact */
    boolean unfollow(String contactId, String userId);

    boolean isFollowedBy(String contactId, String userId);

    /** The ids of the users following the contact. */
    List<String> followers(String contactId);
}
