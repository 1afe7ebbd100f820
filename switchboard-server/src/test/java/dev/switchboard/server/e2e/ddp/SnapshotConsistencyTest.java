package dev.switchboard.server.e2e.ddp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * For each event type: a client that takes a REST snapshot, subscribes, and folds the pushed events
 * into it ends up with exactly what a fresh snapshot shows (DESIGN.md §3). Runs on SQLite and
 * PostgreSQL with the rest of the server suite. Typing is not here: it is never stored, so there is
 * no snapshot of it to agree with.
 */
class SnapshotConsistencyTest {
    private static TestServer server;
    private static RocketChatLivechat admin;
    private static RocketChatLivechat agent;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        admin = server.admin();
        agent = server.onlineAgent(admin, "snap");
        E2e.manualSelection(admin);
    }

    @AfterAll
    static void stop() { server.close(); }

    private record Watched(String token, String rid, RawDdp ddp, SnapshotFold fold) {}

    /** A visitor's room with a snapshot taken, then the widget's subscriptions. */
    private static Watched watchedRoom() {
        // An earlier test's agent socket (logged out, or closed) took the agent's presence
        // (AgentConnections): set it again.
        agent.setStatus("online", null);
        RocketChatLivechat rest = server.client();
        String token = TestServer.newToken();
        String rid = E2e.visitorRoom(rest, token).get("_id").asText();
        SnapshotFold fold = new SnapshotFold();
        RawDdp ddp = RawDdp.connected(server.url());
        Map<String, String> extra = Map.of("token", token, "visitorToken", token);
        ddp.sub("m", "stream-room-messages", rid, extra);
        ddp.sub("d", "stream-notify-room", rid + "/deleteMessage", extra);
        ddp.sub("l", "stream-livechat-room", rid, extra);
        // Subscribed before the snapshot: an event racing the snapshot is then applied twice, which the
        // fold tolerates (messages by id), rather than lost.
        fold.seedHistory(rest.messagesHistory(rid, token, Map.of("limit", 100)).get("messages"));
        return new Watched(token, rid, ddp, fold);
    }

    private static void foldFor(Watched w, long millis) { w.ddp().drain(millis).forEach(w.fold()::apply); }

    private static List<SnapshotFold.Message> freshMessages(Watched w) {
        return SnapshotFold.freshMessages(server.client().messagesHistory(w.rid(), w.token(), Map.of("limit", 100)).get("messages"));
    }

    @Test
    void posted_messages_folded_into_the_snapshot_equal_a_fresh_history() {
        Watched w = watchedRoom();
        try (RawDdp ddp = w.ddp()) {
            RocketChatLivechat rest = server.client();
            for (int i = 0; i < 5; i++) rest.message(w.token(), w.rid(), "message " + i);
            foldFor(w, 700);
            assertThat(List.copyOf(w.fold().messages.values())).isEqualTo(freshMessages(w)).hasSize(6);
        }
    }

    @Test
    void edits_and_deletions_folded_into_the_snapshot_equal_a_fresh_history() {
        Watched w = watchedRoom();
        try (RawDdp ddp = w.ddp()) {
            RocketChatLivechat rest = server.client();
            String kept = rest.message(w.token(), w.rid(), "first draft").path("message").path("_id").asText();
            String gone = rest.message(w.token(), w.rid(), "regrettable").path("message").path("_id").asText();
            rest.updateMessage(kept, w.token(), w.rid(), "final text");
            rest.deleteMessage(gone, w.token(), w.rid());
            foldFor(w, 700);
            List<SnapshotFold.Message> fresh = freshMessages(w);
            assertThat(List.copyOf(w.fold().messages.values())).isEqualTo(fresh);
            assertThat(fresh).extracting(SnapshotFold.Message::text).contains("final text").doesNotContain("regrettable");
            assertThat(fresh).filteredOn(m -> m.id().equals(kept)).singleElement()
                    .extracting(SnapshotFold.Message::edited).isEqualTo(true);
        }
    }

    @Test
    void an_assignment_folded_into_the_snapshot_equals_a_fresh_room_and_history() {
        Watched w = watchedRoom();
        try (RawDdp ddp = w.ddp()) {
            agent.inquiriesTake(E2e.inquiryOf(admin, w.rid()));
            foldFor(w, 700);
            JsonNode fresh = E2e.roomById(admin, w.rid());
            assertThat(w.fold().servedBy).isEqualTo(fresh.path("servedBy").path("_id").asText()).isEqualTo(agent.userId());
            assertThat(List.copyOf(w.fold().messages.values())).isEqualTo(freshMessages(w));
        }
    }

    @Test
    void a_close_folded_into_the_snapshot_equals_a_fresh_room_and_history() {
        Watched w = watchedRoom();
        try (RawDdp ddp = w.ddp()) {
            server.client().closeRoom(w.rid(), w.token());
            foldFor(w, 700);
            JsonNode fresh = E2e.roomById(admin, w.rid());
            assertThat(w.fold().open).isEqualTo(fresh.path("open").asBoolean(false)).isFalse();
            assertThat(List.copyOf(w.fold().messages.values())).isEqualTo(freshMessages(w));
        }
    }

    @Test
    void queue_insertions_and_removals_folded_into_the_snapshot_equal_a_fresh_queue() {
        // Logs out on close: the next test sets the agent online, and this socket's close must not undo that.
        try (RawDdp ddp = RawDdp.connected(server.url()).logoutOnClose()) {
            ddp.call("l", "login", Map.of("resume", agent.authToken()));
            ddp.sub("q", "stream-livechat-inquiry-queue-observer", "public", Map.of());
            SnapshotFold fold = new SnapshotFold();
            E2e.items(agent.inquiriesQueued().get("inquiries")).forEach(i -> fold.queue.add(i.path("_id").asText()));

            String taken = E2e.visitorRoom(server.client(), TestServer.newToken()).get("_id").asText();
            String closedToken = TestServer.newToken();
            String closed = E2e.visitorRoom(server.client(), closedToken).get("_id").asText();
            E2e.visitorRoom(server.client(), TestServer.newToken());
            agent.inquiriesTake(E2e.inquiryOf(admin, taken));
            server.client().closeRoom(closed, closedToken);
            ddp.drain(800).forEach(fold::apply);

            List<String> fresh = E2e.texts(agent.inquiriesQueued().get("inquiries"), "_id");
            assertThat(fold.queue).containsExactlyInAnyOrderElementsOf(fresh);
            assertThat(fold.queue).isNotEmpty();
        }
    }
}
