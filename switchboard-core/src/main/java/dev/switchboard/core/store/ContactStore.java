package dev.switchboard.core.store;

import dev.switchboard.core.model.Contact;
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
}
