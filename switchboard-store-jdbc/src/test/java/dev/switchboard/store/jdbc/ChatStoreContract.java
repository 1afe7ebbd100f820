package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.model.Chat;
import dev.switchboard.core.model.ChatMember;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Properties;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.store.ChatStore;
import dev.switchboard.core.store.StoreTx;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code ChatStore}, the LiveChat v3.6 view: latest threads, properties, members, read marks,
 * followers, group ids, listings; and the contact's view of history without agents-only events.
 */
interface ChatStoreContract extends StoreFixture {

    private static Map<String, Map<String, Object>> props(String ns, String key, Object value) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(key, value);
        return Map.of(ns, values);
    }

    @Test
    default void a_chat_knows_its_latest_thread_and_keeps_two_level_properties() {
        Thread first = write(Fixtures::newOpenThread);
        Chat chat = read((StoreTx tx) -> tx.chats().findById(first.chatId())).orElseThrow();
        assertThat(chat.lastThreadId()).isEqualTo(first.id());
        assertThat(chat.properties().isEmpty()).isTrue();

        Properties p = new Properties(props("ns", "k", List.of(1L, "two", true)));
        write((StoreTx tx) -> { tx.chats().setProperties(chat.id(), p); return null; });
        assertThat(read((StoreTx tx) -> tx.chats().findById(chat.id())).orElseThrow().properties()).isEqualTo(p);
        Properties t = new Properties(props("routing", "idle", false));
        write((StoreTx tx) -> { tx.chats().setThreadProperties(first.id(), t); return null; });
        assertThat(read((StoreTx tx) -> tx.chats().threadProperties(first.id()))).isEqualTo(t);
        assertThat(read((StoreTx tx) -> tx.chats().threadProperties("nope"))).isEqualTo(Properties.EMPTY);
        assertThat(read((StoreTx tx) -> tx.chats().findById("nope"))).isEmpty();
    }

    @Test
    default void members_read_marks_and_followers_are_kept_per_chat_and_user() {
        Thread thread = write(Fixtures::newOpenThread);
        String chat = thread.chatId();
        assertThat(write((StoreTx tx) -> tx.chats().addMember(new ChatMember(chat, "u1", "agents", at(1))))).isTrue();
        assertThat(write((StoreTx tx) -> tx.chats().addMember(new ChatMember(chat, "u1", "all", at(2))))).isFalse();
        assertThat(read((StoreTx tx) -> tx.chats().members(chat))).containsExactly(new ChatMember(chat, "u1", "all", at(1)));
        assertThat(write((StoreTx tx) -> tx.chats().removeMember(chat, "u1"))).isTrue();
        assertThat(write((StoreTx tx) -> tx.chats().removeMember(chat, "u1"))).isFalse();

        write((StoreTx tx) -> { tx.chats().markSeen(chat, "u1", at(5)); tx.chats().markSeen(chat, "u1", at(3)); return null; });
        assertThat(read((StoreTx tx) -> tx.chats().seenUpTo(chat))).isEqualTo(Map.of("u1", at(5)));

        assertThat(write((StoreTx tx) -> tx.chats().follow(chat, "u2"))).isTrue();
        assertThat(write((StoreTx tx) -> tx.chats().follow(chat, "u2"))).isFalse();
        assertThat(read((StoreTx tx) -> tx.chats().followedBy("u2", List.of(chat, "other")))).containsExactly(chat);
        assertThat(write((StoreTx tx) -> tx.chats().unfollow(chat, "u2"))).isTrue();
        assertThat(read((StoreTx tx) -> tx.chats().followedBy("u2", List.of(chat)))).isEmpty();
    }

    @Test
    default void departments_get_increasing_group_ids() {
        write((StoreTx tx) -> { tx.departments().insert(Fixtures.minimalDepartment("One")); return null; });
        write((StoreTx tx) -> { tx.departments().insert(Fixtures.minimalDepartment("Two")); return null; });
        Map<String, Long> ids = read((StoreTx tx) -> tx.chats().groupIds());
        assertThat(ids.values()).containsExactly(1L, 2L);
    }

    @Test
    default void listings_filter_by_activity_and_visibility_and_sort_by_latest_thread() {
        Thread open = write(Fixtures::newOpenThread);
        Thread closed = write((StoreTx tx) -> {
            Thread t = Fixtures.newOpenThread(tx);
            Thread c = t.closed(at(9), "user", null, null, null);
            tx.threads().update(c);
            return c;
        });
        assertThat(read((StoreTx tx) -> tx.chats().list(new ChatStore.ChatQuery(null, null, null, true, null, true), 0, 10))
                .total()).isEqualTo(2);
        assertThat(read((StoreTx tx) -> tx.chats().list(new ChatStore.ChatQuery(null, null, true, true, null, false), 0, 10))
                .items()).extracting(Chat::id).containsExactly(open.chatId());
        assertThat(read((StoreTx tx) -> tx.chats().list(new ChatStore.ChatQuery(null, null, false, true, null, false), 0, 10))
                .items()).extracting(Chat::id).containsExactly(closed.chatId());
        var noDepartment = new java.util.HashSet<String>();
        noDepartment.add(null);
        assertThat(read((StoreTx tx) -> tx.chats().list(new ChatStore.ChatQuery(null, null, null, true, noDepartment, false), 0, 10))
                .total()).isEqualTo(2);
        assertThat(read((StoreTx tx) -> tx.chats().list(new ChatStore.ChatQuery(null, null, null, true, Set.of("d9"), false), 0, 10))
                .total()).isZero();
        assertThat(read((StoreTx tx) -> tx.chats().list(new ChatStore.ChatQuery("agent-x", Set.of(), null, true, null, false), 0, 10))
                .total()).as("chats without a department are everyone's").isEqualTo(2);
    }

    @Test
    default void the_contacts_history_leaves_out_agents_only_events() {
        Thread thread = write(Fixtures::newOpenThread);
        Event note = Fixtures.message(thread.id(), "internal", at(1));
        Event internal = new Event(note.id(), note.threadId(), 0, null, note.text(), note.author(), note.authorKind(),
                null, null, null, Map.of(Event.AGENTS_ONLY, true), at(1), at(1), null);
        write((StoreTx tx) -> {
            tx.events().append(internal);
            tx.events().append(Fixtures.message(thread.id(), "public", at(2)));
            return null;
        });
        assertThat(read((StoreTx tx) -> tx.events().history(thread.id(), null, Set.of(), 0, 0))).hasSize(2);
        List<Event> contactView = read((StoreTx tx) -> tx.events().contactHistory(thread.id(), null, Set.of(), 0, 0));
        assertThat(contactView).extracting(Event::text).containsExactly("public");
        assertThat(read((StoreTx tx) -> tx.events().findById(internal.id())).orElseThrow().isAgentsOnly()).isTrue();
    }
}
