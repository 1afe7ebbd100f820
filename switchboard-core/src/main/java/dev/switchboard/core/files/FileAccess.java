package dev.switchboard.core.files;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.UploadedFile;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Downloads of uploaded files. A file may be read by the visitor of its room (open or closed, as
 * its history stays readable), by the agent serving the room, and by anyone holding
 * {@code view-livechat-rooms} (managers, administrators). Everyone else is told the file does not
 * exist, exactly as for an id that was never handed out, so that nobody can learn which ids exist.
 * A signed public link ({@link FileLinks}) opens its file for anyone while it has not expired; a
 * tampered or expired one counts as no credential. Thread-safe.
 */
public final class FileAccess {
    private final Store store;
    private final FileStorage storage;
    private final FileLinks links;

    public FileAccess(Store store, FileStorage storage, FileLinks links) {
        this.store = store;
        this.storage = storage;
        this.links = links;
    }

    /**
     * Whoever asks, with every credential the request carried; any one of them that grants access
     * suffices.
     *
     * @param visitorTokens tokens presented as a visitor (never null; blank ones are ignored)
     * @param users         users whose credentials were verified (never null)
     * @param linkToken     the {@code token} of a public link (nullable)
     */
    public record Viewer(List<String> visitorTokens, List<User> users, String linkToken) {
        public Viewer {
            visitorTokens = List.copyOf(visitorTokens);
            users = List.copyOf(users);
        }
    }

    /** A readable file: its record and its content, which the caller must close. */
    public record Download(UploadedFile file, InputStream content) {}

    /** @throws NotFound for unknown ids and for files the viewer may not read, alike */
    public Download open(String fileId, Viewer viewer) {
        if (!FileIds.isWellFormed(fileId)) throw notFound();
        UploadedFile file = store.read(tx -> tx.files().findById(fileId)
                .filter(f -> links.permits(f.id(), viewer.linkToken()) || mayRead(tx, f, viewer)))
                .orElseThrow(FileAccess::notFound);
        try {
            return new Download(file, storage.open(fileId).orElseThrow(FileAccess::notFound));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + fileId, e);
        }
    }

    private static boolean mayRead(StoreTx tx, UploadedFile file, Viewer viewer) {
        Thread room = tx.threads().findById(file.threadId()).orElse(null);
        if (room == null) return false;
        for (User user : viewer.users()) {
            boolean serving = room.agent() != null && room.agent().id().equals(user.id());
            if (user.active() && (serving || RolePermissions.has(user, Permission.VIEW_LIVECHAT_ROOMS))) return true;
            // Agents added to the chat (LiveChat add_user_to_chat) read its files like its serving agent.
            if (user.active() && tx.chats().members(room.chatId()).stream().anyMatch(m -> m.userId().equals(user.id()))) {
                return true;
            }
        }
        if (viewer.visitorTokens().stream().allMatch(String::isEmpty)) return false;
        return tx.contacts().findById(room.contactId())
                .map(owner -> viewer.visitorTokens().stream().anyMatch(t -> !t.isEmpty() && sameSecret(t, owner.token())))
                .orElse(false);
    }

    /** Compares in constant time, so response times tell nothing about how much of a token was right. */
    private static boolean sameSecret(String presented, String actual) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private static NotFound notFound() { return new NotFound("", null); }
}
