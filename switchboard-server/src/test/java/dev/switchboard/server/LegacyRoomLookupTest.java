package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.InProcessBus;
import dev.switchboard.core.livechat.VisitorRegistration;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.realtime.Hub;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legacy {@code sendMessageLivechat} path looks its room up with {@code getOrCreateWithId} before every
 * message (rocketchat-livechat.md §5.8). Once the room exists that lookup must not take a write transaction,
 * which on SQLite would queue behind every other writer and double each message's writes (issue 7's
 * durable-throughput profile); its errors stay those of the write path.
 */
class LegacyRoomLookupTest {
    private static final Thread.ThreadSource API = new Thread.ThreadSource("api", null);

    @TempDir Path dir;
    private TestStore db;
    private final AtomicInteger writes = new AtomicInteger();
    private RocketChatServices s;

    @BeforeEach
    void services_on_a_store_that_counts_write_transactions() {
        db = TestStore.open(dir);
        Store counting = new Store() {
            @Override public <T> T write(Function<StoreTx, T> work) { writes.incrementAndGet(); return db.store().write(work); }
            @Override public <T> T read(Function<StoreTx, T> work) { return db.store().read(work); }
            @Override public boolean isHealthy() { return db.store().isHealthy(); }
            @Override public void close() { }
        };
        s = ServicesForTests.inline(counting, new TestClock(Instant.parse("2026-11-21T09:00:00Z")), new InProcessBus(), new Hub());
        var admin = s.accounts().register("admin", "admin@example.com", "s3cret-pass", "Admin");
        s.accounts().create(admin, "alice", "alice@example.com", "s3cret-pass", "Alice", Set.of(), true);
        var alice = s.livechatUsers().add(admin, Role.LIVECHAT_AGENT, "alice");
        s.accounts().setStatus(admin, "online", null, alice.id(), null); // rooms open only with an agent online
        s.visitors().register(new VisitorRegistration("tok-ann", "Ann", null, null, null, null, List.of(), null));
        s.visitors().register(new VisitorRegistration("tok-bob", "Bob", null, null, null, null, List.of(), null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void an_existing_room_is_found_without_a_write_transaction() {
        assertThat(s.rooms().getOrCreateWithId("tok-ann", "room-1", API).newRoom()).isTrue();
        int before = writes.get();

        var again = s.rooms().getOrCreateWithId("tok-ann", "room-1", API);

        assertThat(again.newRoom()).isFalse();
        assertThat(again.room().thread().id()).isEqualTo("room-1");
        assertThat(writes.get()).isEqualTo(before);
    }

    @Test
    void another_visitors_room_or_an_unknown_token_is_refused_as_before() {
        s.rooms().getOrCreateWithId("tok-ann", "room-1", API);

        assertThatThrownBy(() -> s.rooms().getOrCreateWithId("tok-bob", "room-1", API))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.code()).isEqualTo("invalid-room"));
        assertThatThrownBy(() -> s.rooms().getOrCreateWithId("tok-nobody", "room-1", API))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.code()).isEqualTo("invalid-token"));
    }

    @Test
    void the_send_paths_check_opens_a_missing_room_once_and_refuses_what_getOrCreateWithId_refuses() {
        assertThat(s.rooms().openWithId("tok-ann", "room-1", API)).isTrue();
        int before = writes.get();
        assertThat(s.rooms().openWithId("tok-ann", "room-1", API)).isFalse();
        assertThat(writes.get()).isEqualTo(before);

        assertThatThrownBy(() -> s.rooms().openWithId("tok-bob", "room-1", API))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.code()).isEqualTo("invalid-room"));
        assertThatThrownBy(() -> s.rooms().openWithId("tok-nobody", "room-1", API))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.code()).isEqualTo("invalid-token"));
    }
}
