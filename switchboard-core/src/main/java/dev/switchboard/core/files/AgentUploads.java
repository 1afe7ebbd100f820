package dev.switchboard.core.files;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.PendingUpload;
import dev.switchboard.core.model.UploadedFile;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * LiveChat's {@code upload_file} (livechat-agent-api-v3.6.md §4.15, C29): an agent stores a file before
 * any chat uses it, then sends its URL in a {@code file} event, which makes it an ordinary file of that
 * thread (the Rocket.Chat room), downloadable at {@code /file-upload/<id>/<name>} by whoever may read
 * the room's files ({@link FileAccess}). At most 10 MB; executables are refused by name; the media type
 * comes from the name, since the Go SDK declares every part {@code application/octet-stream}. A URL not
 * sent within 24 hours is no longer accepted. Thread-safe.
 */
public final class AgentUploads {
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Duration LIFETIME = Duration.ofHours(24);
    private static final Set<String> EXECUTABLES = Set.of("exe", "com", "bat", "cmd", "msi", "scr", "pif", "cpl", "dll",
            "jar", "vbs", "vbe", "js", "jse", "wsf", "wsh", "ps1", "sh", "app", "apk", "deb", "rpm", "run");
    private final Store store;
    private final Clock clock;
    private final FileStorage storage;

    public AgentUploads(Store store, Clock clock, FileStorage storage) {
        this.store = store;
        this.clock = clock;
        this.storage = storage;
    }

    /**
     * @throws Invalid {@code entity_too_large} over 10 MB; {@code validation} for a form without one
     *                 non-empty {@code file} part, or an executable
     */
    public PendingUpload upload(User uploader, UploadForm form) {
        if (form.declaredLength() > MAX_BYTES + UploadReceiver.FORM_OVERHEAD) throw tooLarge();
        var received = new Object() {
            FileStorage.Pending content;
            String name;
        };
        try {
            form.read((fileName, contentType, content) -> {
                if (received.content != null) throw new Invalid("validation", "Send exactly one file part");
                String name = FileNames.clean(fileName);
                if (EXECUTABLES.contains(FileNames.extension(name))) throw new Invalid("validation", "Executable files are not allowed");
                received.content = storage.receive(content, MAX_BYTES);
                received.name = name;
            });
            if (received.content == null) throw new Invalid("validation", "The multipart part `file` is required");
            if (received.content.size() == 0) throw new Invalid("validation", "The file is empty");
            String id = FileIds.newId();
            var upload = new PendingUpload(id, uploader.id(), received.name, typeOf(received.name), received.content.size(),
                    received.content.sha256(), clock.instant());
            FileStorage.Pending content = received.content;
            store.write(tx -> {
                tx.files().insertPending(upload);
                commit(content, id);
                return null;
            });
            return upload;
        } catch (FileStorage.TooLarge e) {
            throw tooLarge();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (received.content != null) received.content.close();
        }
    }

    /**
     * Inside the caller's transaction, makes the upload {@code fileId} a file of {@code threadId}.
     *
     * @return empty when there is no such upload, or it is older than 24 hours
     */
    public static Optional<UploadedFile> attach(StoreTx tx, String fileId, String threadId, Instant now) {
        Optional<PendingUpload> pending = tx.files().findPending(fileId)
                .filter(u -> u.createdAt().plus(LIFETIME).isAfter(now));
        pending.ifPresent(u -> {
            tx.files().deletePending(u.id());
            tx.files().insert(u.inThread(threadId));
        });
        return pending.map(u -> u.inThread(threadId));
    }

    /** The media type a name suggests ({@code application/octet-stream} when it suggests none). */
    static String typeOf(String name) {
        String guessed = URLConnection.guessContentTypeFromName(name.toLowerCase(Locale.ROOT));
        return FileNames.mediaType(guessed);
    }

    private static void commit(FileStorage.Pending content, String id) {
        try {
            content.commit(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store file " + id, e);
        }
    }

    private static Invalid tooLarge() { return new Invalid("entity_too_large", "Upload limit exceeded (10MB)."); }
}
