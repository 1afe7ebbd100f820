package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Visitors (contacts) identified by their token. Registration is an upsert by token only: unlike
 * Rocket.Chat, an unknown token never merges into another visitor found by phone or email, so one
 * visitor's token is never handed to someone else (rocketchat-livechat.md §3.2 security note).
 * Thread-safe.
 */
public final class VisitorService {
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+");
    /** Longest token or client-chosen id: both are unique keys, and index entries have a size limit. */
    public static final int MAX_KEY_LENGTH = 256;
    private final Store store;
    private final Clock clock;
    private final Settings settings;

    public VisitorService(Store store, Clock clock, Settings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    public Contact register(VisitorRegistration r) {
        if (r.token() == null || r.token().isBlank()) throw new Invalid("error-invalid-token", "Token cannot be empty");
        checkKeyLength("token", r.token());
        checkKeyLength("id", r.id());
        String email = r.email() == null ? null : r.email().trim().toLowerCase(Locale.ROOT);
        if (email != null && !EMAIL.matcher(email).matches()) throw new Invalid("error-invalid-email", "Invalid email " + email);
        try {
            return store.write(tx -> upsert(tx, r, email));
        } catch (DuplicateKeyException raced) {
            // Another request registered the same token first: apply ours on top of it.
            return store.write(tx -> upsert(tx, r, email));
        }
    }

    /** @throws Invalid {@code invalid-params} for a key too long to index (PostgreSQL refuses it) */
    static void checkKeyLength(String name, String value) {
        if (value != null && value.length() > MAX_KEY_LENGTH) {
            throw new Invalid("invalid-params", "'" + name + "' must be at most " + MAX_KEY_LENGTH + " characters");
        }
    }

    private Contact upsert(StoreTx tx, VisitorRegistration r, String email) {
        String departmentId = r.department() == null ? null : Departments.resolve(tx, r.department())
                .orElseThrow(() -> new Invalid("error-invalid-department", "The provided department is invalid")).id();
        var now = clock.instant();
        var existing = tx.contacts().findByToken(r.token());
        if (existing.isPresent()) {
            Contact c = existing.get();
            Contact updated = new Contact(c.id(), c.token(), r.username() != null ? r.username() : c.username(),
                    r.name() != null ? r.name() : c.name(), email != null ? email : c.email(),
                    r.phone() != null ? r.phone() : c.phone(), departmentId != null ? departmentId : c.departmentId(),
                    CustomFields.merge(c.customFields(), r.customFields()), c.status(), c.lastThreadId(),
                    c.lastThreadAt(), c.createdAt(), now);
            tx.contacts().update(updated);
            return updated;
        }
        String username = r.username() != null ? r.username()
                : "guest-" + settings.nextCounter(tx, SettingsCatalog.GUEST_COUNT);
        Contact created = new Contact(r.id() != null ? r.id() : Ids.newId(), r.token(), username, r.name(), email,
                r.phone(), departmentId, CustomFields.merge(java.util.Map.of(), r.customFields()), "online",
                null, null, now, now);
        tx.contacts().insert(created);
        return created;
    }

    /** The visitor with this token, if any; an empty or missing token finds nobody. */
    public java.util.Optional<Contact> find(String token) {
        if (token == null || token.isEmpty()) return java.util.Optional.empty();
        return store.read(tx -> tx.contacts().findByToken(token));
    }

    /** @throws Invalid {@code [invalid-token]} for an unknown token */
    public Contact get(String token) {
        return store.read(tx -> tx.contacts().findByToken(token)).orElseThrow(() -> new Invalid("invalid-token", ""));
    }

    /** Deletes a visitor without open rooms (or any visitor when GDPR header collection is on). */
    public Contact delete(String token) {
        return store.write(tx -> {
            Contact c = tx.contacts().findByToken(token).orElseThrow(() -> new Invalid("invalid-token", ""));
            if (tx.threads().findOpenByContact(c.id()).isPresent()
                    && !settings.bool(SettingsCatalog.COLLECT_HTTP_HEADERS)) {
                throw new Invalid("visitor-has-open-rooms", "Cannot remove visitors with opened rooms");
            }
            tx.contacts().delete(c.id());
            return c;
        });
    }

    /** Records the visitor's presence ("online", "away", ...). */
    public Contact setStatus(String token, String status) {
        return store.write(tx -> {
            Contact c = tx.contacts().findByToken(token).orElseThrow(() -> new Invalid("invalid-token", null));
            Contact updated = c.withStatus(status, clock.instant());
            tx.contacts().update(updated);
            return updated;
        });
    }

    /** Sets custom fields of the visitor; returns the stored fields. */
    public Contact setCustomFields(String token, List<VisitorRegistration.CustomFieldValue> fields) {
        return store.write(tx -> {
            Contact c = tx.contacts().findByToken(token).orElseThrow(() -> new Invalid("invalid-token", null));
            var merged = CustomFields.merge(c.customFields(), fields);
            if (merged.equals(c.customFields())) throw new Invalid("", null);
            Contact updated = c.withCustomFields(merged, clock.instant());
            tx.contacts().update(updated);
            return updated;
        });
    }
}
