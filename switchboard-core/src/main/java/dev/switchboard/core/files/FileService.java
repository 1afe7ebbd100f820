package dev.switchboard.core.files;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.Unauthenticated;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.livechat.MessageService;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Event.AuthorKind;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.UploadedFile;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Files posted into livechat rooms, by the room's visitor ({@code livechat/upload/:rid}) or by an
 * agent ({@code rooms.upload/:rid}). Who may post and whether uploads are on is checked before the
 * body is read; the file's type before its content; its size while it streams into temporary
 * storage. Then one transaction records the file, appends the file message, counts it on the room
 * and, as its last step, moves the content into place, so that bytes and rows appear together or
 * not at all; {@link DomainEvent.EventPosted} follows the commit. Thread-safe.
 *
 * <p>Who may post, as for text: the room's visitor while the room is open; the serving agent, or
 * anyone holding {@code view-livechat-rooms} (managers, administrators), while it is open.
 */
public final class FileService {
    private final Store store;
    private final Clock clock;
    private final EventBus bus;
    private final FileStorage storage;
    private final FilePolicy policy;
    private final UploadReceiver receiver;

    public FileService(Store store, Clock clock, FilePolicy policy, EventBus bus, FileStorage storage) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
        this.storage = storage;
        this.policy = policy;
        this.receiver = new UploadReceiver(storage, policy);
    }

    /** Who posts a file message, with the message fields that follow from it. */
    private record Poster(Thread room, UserRef author, AuthorKind kind, String name, String token, String alias) {}

    /**
     * The visitor holding {@code token} posts the form's file into its open room {@code rid}; text
     * fields {@code msg} (the message text) and {@code description} are optional.
     *
     * @throws Unauthenticated for a missing or unknown token and a room that is not open for it alike
     * @throws Invalid         a {@link FileErrors} refusal, or {@code invalid-params}
     */
    public Event uploadByVisitor(String token, String rid, UploadForm form) {
        store.read(tx -> visitorPoster(tx, token, rid));
        if (!policy.enabledForVisitors()) throw FileErrors.disabled();
        return post(form, tx -> visitorPoster(tx, token, rid));
    }

    /**
     * {@code user} posts the form's file into room {@code rid}.
     *
     * @throws Forbidden plain {@code unauthorized} when the room is unknown or the user may not write there
     * @throws Invalid   plain {@code room-closed}, a {@link FileErrors} refusal, or {@code invalid-params}
     */
    public Event uploadByAgent(User user, String rid, UploadForm form) {
        store.read(tx -> agentPoster(tx, user, rid));
        if (!policy.enabled()) throw FileErrors.disabled();
        return post(form, tx -> agentPoster(tx, user, rid));
    }

    private Event post(UploadForm form, Function<StoreTx, Poster> authorize) {
        String fileId = FileIds.newId();
        AfterCommit after = new AfterCommit();
        var moved = new boolean[1];
        Event posted;
        try (UploadReceiver.Received received = receiver.receive(form)) {
            String text = textField(received, "msg");
            String description = textField(received, "description");
            posted = store.write(tx -> {
                Poster p = authorize.apply(tx);
                Instant now = clock.instant();
                var file = new UploadedFile(fileId, p.room().id(), p.kind(), p.author().id(), received.name(),
                        received.type(), received.content().size(), received.content().sha256(), now);
                tx.files().insert(file);
                Event message = new Event(Ids.newId(), p.room().id(), 0, null, text == null ? "" : text, p.author(),
                        p.kind(), p.name(), p.token(), p.alias(), FileMessage.attributes(file, description), now, now, null);
                Thread updated = p.room().withMessage(now);
                Event stored = tx.events().append(message, updated);
                after.add(new DomainEvent.EventPosted(updated, stored));
                commit(received.content(), fileId);
                moved[0] = true;
                return stored;
            });
        } catch (RuntimeException | Error e) {
            // The move is the transaction's last step; if the commit still failed, the bytes must go too.
            if (moved[0]) deleteQuietly(fileId, e);
            throw e;
        }
        after.publishTo(bus);
        return posted;
    }

    private Poster visitorPoster(StoreTx tx, String token, String rid) {
        if (token == null || token.isEmpty() || rid == null || rid.isEmpty()) throw unauthorized();
        Contact contact = tx.contacts().findByToken(token).orElseThrow(FileService::unauthorized);
        Thread room = tx.threads().findById(rid).filter(t -> t.contactId().equals(contact.id()) && t.isOpen())
                .orElseThrow(FileService::unauthorized);
        return new Poster(room, new UserRef(contact.id(), contact.username()), AuthorKind.CONTACT, contact.name(),
                contact.token(), contact.name());
    }

    private static Poster agentPoster(StoreTx tx, User user, String rid) {
        Optional<Thread> found = rid == null || rid.isEmpty() ? Optional.empty() : tx.threads().findById(rid);
        User current = tx.users().findById(user.id()).filter(User::active).orElse(null);
        Thread room = found.filter(t -> current != null && (t.agent() != null && t.agent().id().equals(current.id())
                || RolePermissions.has(current, Permission.VIEW_LIVECHAT_ROOMS))).orElseThrow(
                () -> new Forbidden("unauthorized", null));
        if (!room.isOpen()) throw new Invalid("room-closed", null);
        return new Poster(room, new UserRef(current.id(), current.username()), AuthorKind.AGENT, current.name(), null, null);
    }

    private static String textField(UploadReceiver.Received received, String name) {
        String value = received.field(name);
        if (value != null && value.codePointCount(0, value.length()) > MessageService.MAX_MESSAGE_LENGTH) {
            throw new Invalid("invalid-params", "'" + name + "' must be at most " + MessageService.MAX_MESSAGE_LENGTH
                    + " characters");
        }
        return value;
    }

    private static void commit(FileStorage.Pending content, String fileId) {
        try {
            content.commit(fileId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store file " + fileId, e);
        }
    }

    private void deleteQuietly(String fileId, Throwable failure) {
        try {
            storage.delete(fileId);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Rocket.Chat's {@code API.v1.unauthorized()}; the same for every failed check, so nothing leaks. */
    private static Unauthenticated unauthorized() { return new Unauthenticated("unauthorized", "unauthorized"); }
}
