package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.core.error.SwitchboardException;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.livechat.PageVisitService.PageInfo;
import dev.switchboard.core.livechat.RoomRequest;
import dev.switchboard.core.livechat.VisitorRegistration;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.Thread.ThreadSource;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The domain events the message use cases publish after commit (DESIGN.md §2 "the path of a
 * message"), seen on the bus the realtime adapters listen to: one per change, carrying the thread
 * as it now is, none for a refused request or a hidden navigation step. For each event type, the
 * history before plus the events equals a fresh history. The services are wired as the server
 * wires them, on the database the suite runs on (see {@link TestServer}).
 */
class MessageEventsTest {
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    private final RecordingBus recording = new RecordingBus();
    private final List<DomainEvent> published = recording.published;
    private Store store;
    private TestStore db;
    private RocketChatServices s;
    private User alice;
    private String token;
    private String rid;

    @BeforeEach
    void a_room_served_by_alice(@TempDir Path dir) {
        db = TestStore.open(dir);
        store = db.store();
        EventBus bus = recording;
        s = Services.build(store, CLOCK, bus, new dev.switchboard.core.realtime.Hub(), "http://127.0.0.1", "6.14.0",
                DiskFileStorage.open(dir.resolve("uploads")), Runnable::run).rocketChat();
        User admin = s.accounts().register("admin", "admin@example.com", "s3cret-pass", "Admin");
        alice = s.accounts().create(admin, "alice", "alice@example.com", "s3cret-pass", "Alice", Set.of(), true);
        alice = s.livechatUsers().add(admin, Role.LIVECHAT_AGENT, "alice");
        alice = s.accounts().setStatus(alice, "online", null, null, null);
        token = TestServer.newToken();
        s.visitors().register(new VisitorRegistration(token, "Ann", null, null, null, null, List.of(), null));
        rid = s.rooms().getOrCreate(new RoomRequest(token, null, alice.id(), new ThreadSource("api", null)))
                .room().thread().id();
        published.clear();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Event> history() { return s.messages().history(token, rid, null, 0, 1000); }

    @Test
    void an_agent_reply_publishes_one_event_posted_with_the_counted_thread() {
        long before = store.read(tx -> tx.threads().findById(rid).orElseThrow().messageCount());
        List<Event> initial = history();

        Event reply = s.agentMessages().send(alice, rid, "Hi Ann", null);

        assertThat(published).hasSize(1);
        var posted = (DomainEvent.EventPosted) published.get(0);
        assertThat(posted.event()).isEqualTo(reply);
        assertThat(posted.thread().id()).isEqualTo(rid);
        assertThat(posted.thread().messageCount()).isEqualTo(before + 1);
        assertThat(posted.thread().lastMessageAt()).isEqualTo(reply.createdAt());
        assertThat(posted.audience().agentIds()).containsExactly(alice.id());
        assertThat(replay(initial)).isEqualTo(history());
    }

    @Test
    void a_visitor_edit_publishes_event_edited_with_the_new_state() {
        Event sent = s.messages().sendFromVisitor(token, rid, "helo", null);
        List<Event> initial = history();
        published.clear();

        Event edited = s.messageEdits().editByVisitor(token, rid, sent.id(), "hello");

        assertThat(published).hasSize(1);
        var event = (DomainEvent.EventEdited) published.get(0);
        assertThat(event.event()).isEqualTo(edited);
        assertThat(event.event().id()).isEqualTo(sent.id());
        assertThat(event.event().editedAt()).isNotNull();
        assertThat(event.thread().id()).isEqualTo(rid);
        assertThat(replay(initial)).isEqualTo(history());
    }

    @Test
    void a_visitor_delete_publishes_event_deleted_with_the_thread_counting_one_message_fewer() {
        Event sent = s.messages().sendFromVisitor(token, rid, "oops", null);
        long count = store.read(tx -> tx.threads().findById(rid).orElseThrow().messageCount());
        List<Event> initial = history();
        published.clear();

        s.messageEdits().deleteByVisitor(token, rid, sent.id());

        assertThat(published).hasSize(1);
        var deleted = (DomainEvent.EventDeleted) published.get(0);
        assertThat(deleted.eventId()).isEqualTo(sent.id());
        assertThat(deleted.thread().messageCount()).isEqualTo(count - 1);
        assertThat(replay(initial)).isEqualTo(history());
    }

    @Test
    void a_shown_navigation_step_publishes_event_posted_and_a_hidden_one_publishes_nothing() {
        PageInfo page = new PageInfo("url", "Pricing", "https://shop.example/pricing");
        List<Event> initial = history();

        Event hidden = s.pageVisits().visited(token, rid, page).orElseThrow();
        assertThat(hidden.isHidden()).isTrue();
        assertThat(published).isEmpty();

        s.settings().set("Livechat_Visitor_navigation_as_a_message", true);
        Event shown = s.pageVisits().visited(token, rid, page).orElseThrow();

        assertThat(shown.isHidden()).isFalse();
        assertThat(published).hasSize(1);
        assertThat(((DomainEvent.EventPosted) published.get(0)).event()).isEqualTo(shown);
        assertThat(replay(initial)).isEqualTo(history());
    }

    @Test
    void refused_requests_publish_nothing() {
        Event sent = s.messages().sendFromVisitor(token, rid, "mine", null);
        Event reply = s.agentMessages().send(alice, rid, "theirs", null);
        published.clear();

        assertThatThrownBy(() -> s.agentMessages().send(alice, rid, "again", reply.id())).isInstanceOf(SwitchboardException.class);
        assertThatThrownBy(() -> s.messageEdits().editByVisitor(token, rid, reply.id(), "x")).isInstanceOf(SwitchboardException.class);
        assertThatThrownBy(() -> s.messageEdits().deleteByVisitor(token, rid, reply.id())).isInstanceOf(SwitchboardException.class);
        assertThatThrownBy(() -> s.messageEdits().deleteByVisitor(token, "nope", sent.id())).isInstanceOf(SwitchboardException.class);
        s.closing().closeByVisitor(token, rid);
        published.clear();
        assertThatThrownBy(() -> s.agentMessages().send(alice, rid, "late", null)).isInstanceOf(SwitchboardException.class);

        assertThat(published).isEmpty();
    }

    /** Applies the published events to a history snapshot (newest first), as a realtime client would. */
    private List<Event> replay(List<Event> snapshot) {
        List<Event> out = new ArrayList<>(snapshot);
        for (DomainEvent e : published) {
            switch (e) {
                case DomainEvent.EventPosted p -> out.add(0, p.event());
                case DomainEvent.EventEdited ed -> out.replaceAll(m -> m.id().equals(ed.event().id()) ? ed.event() : m);
                case DomainEvent.EventDeleted d -> out.removeIf(m -> m.id().equals(d.eventId()));
                default -> throw new AssertionError("unexpected " + e);
            }
        }
        return out;
    }
}
