package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.files.FileMessage;
import dev.switchboard.core.files.FilePolicy;
import dev.switchboard.core.files.FileService;
import dev.switchboard.core.files.FileStorage;
import dev.switchboard.core.files.UploadForm;
import dev.switchboard.core.livechat.RoomRequest;
import dev.switchboard.core.livechat.VisitorRegistration;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread.ThreadSource;
import dev.switchboard.core.model.UploadedFile;
import dev.switchboard.core.store.Store;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a file upload does below the HTTP layer, with the services wired as the server wires them
 * (on the database the suite runs on): one transaction records the file and its message and moves
 * the bytes into place, {@code EventPosted} follows the commit, and the history before plus the
 * event equals a fresh history. A failure at any step — the body breaking off, the move into place —
 * leaves no record, no message, no file and no temporary file, and announces nothing.
 */
class FileEventsTest {
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    private final RecordingBus recording = new RecordingBus();
    private final List<DomainEvent> published = recording.published;
    private Store store;
    private TestStore db;
    private Path uploads;
    private RocketChatServices s;
    private EventBus bus;
    private String token;
    private String rid;

    @BeforeEach
    void a_visitor_with_an_open_room(@TempDir Path dir) {
        db = TestStore.open(dir);
        store = db.store();
        bus = recording;
        uploads = dir.resolve("uploads");
        s = Services.build(store, CLOCK, bus, new dev.switchboard.core.realtime.Hub(), "http://127.0.0.1", "6.14.0",
                DiskFileStorage.open(uploads), Runnable::run).rocketChat();
        s.settings().set("Livechat_accept_chats_with_no_agents", true);
        token = TestServer.newToken();
        s.visitors().register(new VisitorRegistration(token, "Ann", null, null, null, null, List.of(), null));
        rid = s.rooms().getOrCreate(new RoomRequest(token, null, null, new ThreadSource("api", null))).room().thread().id();
        published.clear();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void an_upload_records_the_file_posts_its_message_and_announces_it_after_commit() throws Exception {
        byte[] bytes = "%PDF-1.4 a small document".getBytes();
        List<Event> initial = history();

        Event message = s.files().uploadByVisitor(token, rid, form("doc.pdf", "application/pdf", new ByteArrayInputStream(bytes),
                Map.of("description", "Invoice", "msg", "see attached")));

        assertThat(published).hasSize(1);
        var posted = (DomainEvent.EventPosted) published.get(0);
        assertThat(posted.event()).isEqualTo(message);
        assertThat(posted.thread().messageCount()).isEqualTo(store.read(tx -> tx.threads().findById(rid).orElseThrow().messageCount()));
        assertThat(history()).isEqualTo(withNewest(initial, message));
        FileMessage f = FileMessage.of(message).orElseThrow();
        assertThat(f).isEqualTo(new FileMessage(f.id(), "doc.pdf", "application/pdf", bytes.length, "Invoice"));
        assertThat(message.text()).isEqualTo("see attached");
        UploadedFile record = store.read((dev.switchboard.core.store.StoreTx tx) -> tx.files().findById(f.id())).orElseThrow();
        assertThat(record.threadId()).isEqualTo(rid);
        assertThat(record.uploaderKind()).isEqualTo(Event.AuthorKind.CONTACT);
        assertThat(record.uploaderId()).isEqualTo(message.author().id());
        assertThat(record.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(Files.readAllBytes(uploads.resolve(f.id()))).isEqualTo(bytes);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void a_body_breaking_off_inside_the_file_leaves_nothing_and_announces_nothing() throws IOException {
        List<Event> initial = history();
        InputStream breaking = new SequenceInputStream(new ByteArrayInputStream(new byte[100_000]), new InputStream() {
            @Override
            public int read() throws IOException { throw new IOException("client went away"); }
        });

        assertThatThrownBy(() -> s.files().uploadByVisitor(token, rid, form("a.bin", null, breaking, Map.of())))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(published).isEmpty();
        assertThat(history()).isEqualTo(initial);
        assertThat(committedFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void when_the_move_into_place_fails_the_transaction_rolls_back_and_nothing_remains() throws IOException {
        List<Event> initial = history();
        AtomicReference<String> attemptedId = new AtomicReference<>();
        FileStorage disk = DiskFileStorage.open(uploads);
        FileStorage failingMove = new FileStorage() {
            @Override
            public Pending receive(InputStream content, long maxBytes) throws IOException {
                Pending real = disk.receive(content, maxBytes);
                return new Pending() {
                    @Override
                    public long size() { return real.size(); }

                    @Override
                    public String sha256() { return real.sha256(); }

                    @Override
                    public void commit(String fileId) throws IOException {
                        attemptedId.set(fileId);
                        throw new IOException("disk full");
                    }

                    @Override
                    public void close() { real.close(); }
                };
            }

            @Override
            public Optional<InputStream> open(String fileId) throws IOException { return disk.open(fileId); }

            @Override
            public void delete(String fileId) throws IOException { disk.delete(fileId); }
        };
        FileService files = new FileService(store, CLOCK, new FilePolicy(s.settings()), bus, failingMove);

        assertThatThrownBy(() -> files.uploadByVisitor(token, rid, form("a.txt", "text/plain",
                new ByteArrayInputStream("hello".getBytes()), Map.of()))).isInstanceOf(UncheckedIOException.class);

        assertThat(attemptedId.get()).isNotNull();
        Optional<UploadedFile> record = store.read(tx -> tx.files().findById(attemptedId.get()));
        assertThat(record).isEmpty();
        assertThat(published).isEmpty();
        assertThat(history()).isEqualTo(initial);
        assertThat(committedFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    private static UploadForm form(String name, String type, InputStream content, Map<String, String> fields) {
        return new UploadForm() {
            @Override
            public long declaredLength() { return -1; }

            @Override
            public Map<String, String> read(FileReceiver receiver) throws IOException {
                receiver.receive(name, type, content);
                return fields;
            }
        };
    }

    private List<Event> history() { return s.messages().history(token, rid, null, 0, 1000); }

    private static List<Event> withNewest(List<Event> history, Event newest) {
        List<Event> out = new java.util.ArrayList<>(history);
        out.add(0, newest);
        return out;
    }

    private List<Path> committedFiles() throws IOException {
        try (var files = Files.list(uploads)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private List<Path> temporaryFiles() throws IOException {
        try (var files = Files.list(uploads.resolve("tmp"))) {
            return files.toList();
        }
    }
}
