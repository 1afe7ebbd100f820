package dev.switchboard.server.agentchat;

import static dev.switchboard.server.agentchat.AgentChatWorld.assertError;
import static dev.switchboard.server.agentchat.AgentChatWorld.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApi;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.e2e.E2e;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * list_threads (§4.3), list_archives (§4.4, §3.9.3) and the property filters of list_chats (§3.9.1).
 * One world, read only by the tests: Ann's chat has three threads (two closed); Carol's chat, started
 * through the API, has properties {@code crm.tier=gold}, tag {@code vip} and a rich message.
 * Checklist: C21, C22, C23, C30, C36, C41, C42.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingsTest {
    private AgentChatWorld world;
    private AgentApi api;
    private String annChat;
    private String carolChat;
    private List<String> annThreads;
    private String carolThread;

    @BeforeAll
    void two_chats_with_history() {
        world = new AgentChatWorld();
        api = world.aliceApi;
        AgentChatWorld.Visitor ann = world.visitorServedByAlice("Ann");
        ann.client().message(ann.token(), ann.roomId(), "first visit about invoices");
        annChat = world.chatOf(api, ann.roomId());
        api.deactivateChat(annChat, false);
        String second = api.resumeChat(Map.of("id", annChat, "thread", Map.of("events", List.of(AgentApi.message("two")))),
                false, true).get("thread_id").asText();
        api.deactivateChat(annChat, false);
        String third = api.resumeChat(Map.of("id", annChat, "thread", Map.of("events", List.of(AgentApi.message("three")))),
                false, true).get("thread_id").asText();
        annThreads = List.of(ann.roomId(), second, third);

        RocketChatLivechat widget = world.server.client();
        String token = E2e.visitor(widget, "Carol");
        String carolId = widget.getVisitor(token).at("/visitor/_id").asText();
        Map<String, Object> chat = new LinkedHashMap<>();
        chat.put("id", "");
        chat.put("properties", Map.of("crm", Map.of("tier", "gold", "score", 7)));
        chat.put("thread", Map.of("tags", List.of("vip"), "events", List.of(Map.of("type", "rich_message",
                "template_id", "cards", "elements", List.of(Map.of("title", "Offer"))))));
        chat.put("users", List.of(Map.of("id", carolId, "type", "customer")));
        JsonNode started = api.startChat(chat, false, true);
        carolChat = started.get("chat_id").asText();
        carolThread = started.get("thread_id").asText();
    }

    @AfterAll
    void stop() { world.close(); }


    private List<String> threadIds(JsonNode archives) {
        return E2e.items(archives.get("chats")).stream().map(c -> c.at("/thread/id").asText()).toList();
    }

    @Test
    void c36_c42_list_threads_pages_newest_first_with_events_and_page_ids_that_carry_the_query() {
        JsonNode first = api.listThreads(annChat, "", "", 2, 0, null);
        assertThat(first.get("found_threads").asLong()).isEqualTo(3);
        assertThat(E2e.texts(first.get("threads"), "id")).containsExactly(annThreads.get(2), annThreads.get(1));
        assertThat(first.at("/threads/0/events").isArray()).isTrue();
        assertThat(first.has("previous_page_id")).isFalse();
        JsonNode second = api.listThreads(annChat, "asc", first.get("next_page_id").asText(), 50, 0, Map.of());
        assertThat(E2e.texts(second.get("threads"), "id")).containsExactly(annThreads.get(0));
        assertThat(second.has("next_page_id")).isFalse();
        assertThat(second.get("previous_page_id").asText()).isNotEmpty();
        assertThat(E2e.texts(api.listThreads(annChat, "asc", "", 0, 0, null).get("threads"), "id"))
                .containsExactlyElementsOf(annThreads);
    }

    @Test
    void list_threads_min_events_count_returns_as_many_latest_threads_as_it_takes() {
        JsonNode one = api.listThreads(annChat, "", "", 0, 1, null);
        assertThat(one.get("threads")).hasSize(1);
        JsonNode many = api.listThreads(annChat, "", "", 0, 100, null);
        assertThat(many.get("threads")).hasSize(3);
    }

    @Test
    void list_threads_filters_by_creation_time_and_rejects_bad_requests() {
        JsonNode none = api.listThreads(annChat, "", "", 0, 0, Map.of("to", "2000-01-01T00:00:00.000001+01:00"));
        assertThat(none.get("threads").toString()).isEqualTo("[]");
        assertThat(none.get("found_threads").asLong()).isZero();
        assertError(failure(() -> api.listThreads(annChat, "", "", 5, 3, null)), 400, "validation");
        assertError(failure(() -> api.listThreads(annChat, "", "", 0, 101, null)), 400, "validation");
        assertError(failure(() -> api.listThreads(annChat, "", "", 0, 3, Map.of("from", "2000-01-01T00:00:00Z"))),
                400, "validation");
        assertError(failure(() -> api.listThreads(annChat, "", "", 101, 0, null)), 400, "validation");
        assertError(failure(() -> api.listThreads(annChat, "sideways", "", 0, 0, null)), 400, "validation");
        assertError(failure(() -> api.listThreads(annChat, "", "", 0, 0, Map.of("from", "yesterday"))), 400, "validation");
        assertError(failure(() -> api.listThreads(annChat, "", "garbage", 0, 0, null)), 400, "validation");
        assertError(failure(() -> api.listThreads("ghost", "", "", 0, 0, null)), 404, "not_found");
    }

    @Test
    void c30_list_archives_gives_one_complete_chat_per_thread_newest_first() {
        JsonNode all = api.listArchives(null, "", 0);
        assertThat(all.get("found_chats").asLong()).isEqualTo(4);
        assertThat(threadIds(all)).containsExactly(carolThread, annThreads.get(2), annThreads.get(1), annThreads.get(0));
        for (JsonNode chat : E2e.items(all.get("chats"))) {
            assertThat(chat.get("id").isTextual()).isTrue();
            assertThat(chat.at("/thread/events").isArray()).isTrue();
            assertThat(chat.get("users").isArray()).isTrue();
        }
    }

    @Test
    void c23_list_archives_pages_and_ignores_limit_and_filters_given_with_a_page_id() {
        JsonNode first = api.listArchives(Map.of("customer_id", "nobody-at-all"), "", 0);
        assertThat(first.get("chats").toString()).isEqualTo("[]");
        JsonNode page1 = api.listArchives(Map.of(), "", 3);
        assertThat(page1.get("chats")).hasSize(3);
        JsonNode page2 = api.listArchives(Map.of("tags", Map.of("values", List.of("nothing"))), page1.get("next_page_id").asText(), 20);
        assertThat(threadIds(page2)).containsExactly(annThreads.get(0));
        assertError(failure(() -> api.listArchives(null, "", 101)), 400, "validation");
    }

    @Test
    void c21_list_archives_filters_by_chat_thread_customer_tags_agents_query_event_types_and_properties() {
        assertThat(threadIds(api.listArchives(Map.of("chat_ids", List.of(carolChat)), "", 0))).containsExactly(carolThread);
        assertThat(threadIds(api.listArchives(Map.of("thread_ids", List.of(annThreads.get(1))), "", 0)))
                .containsExactly(annThreads.get(1));
        assertThat(threadIds(api.listArchives(Map.of("tags", Map.of("values", List.of("vip"))), "", 0))).containsExactly(carolThread);
        assertThat(threadIds(api.listArchives(Map.of("tags", Map.of("exists", false)), "", 0))).hasSize(3);
        assertThat(threadIds(api.listArchives(Map.of("query", "INVOICES"), "", 0))).containsExactly(annThreads.get(0));
        assertThat(threadIds(api.listArchives(Map.of("event_types", Map.of("values", List.of("rich_message"),
                "require_every_value", true)), "", 0))).containsExactly(carolThread);
        assertThat(threadIds(api.listArchives(Map.of("properties", Map.of("crm", Map.of("tier", Map.of("values", List.of("gold"))))),
                "", 0))).containsExactly(carolThread);
        assertThat(threadIds(api.listArchives(Map.of("agents", Map.of("values", List.of(world.alice.userId()))), "", 0))).hasSize(4);
        assertThat(threadIds(api.listArchives(Map.of("agents", Map.of("exists", false)), "", 0))).isEmpty();
        assertThat(threadIds(api.listArchives(Map.of("sales", Map.of("exists", false), "goals", Map.of("values", List.of(1))),
                "", 0))).isEmpty();
        assertThat(threadIds(api.listArchives(Map.of("surveys", List.of(Map.of("type", "post_chat", "answer_id", "5"))), "", 0)))
                .isEmpty();
        assertThat(threadIds(api.listArchives(Map.of("forms", Map.of("f1", Map.of("exists", false))), "", 0))).hasSize(4);
        assertThat(threadIds(api.listArchives(Map.of("group_ids", List.of(0), "from", "2000-01-01T00:00:00.5+02:00"), "", 0)))
                .hasSize(4);
        assertThat(threadIds(api.listArchives(Map.of("agent_types", Map.of("any_values", List.of("human"))), "", 0))).hasSize(4);
    }

    @Test
    void list_archives_rejects_what_the_spec_lists() {
        assertError(failure(() -> api.listArchives(Map.of("thread_ids", List.of("a"), "query", "x"), "", 0)), 400, "validation");
        assertError(failure(() -> api.listArchives(Map.of("thread_ids", java.util.Collections.nCopies(21, "t")), "", 0)),
                400, "validation");
        assertError(failure(() -> api.listArchives(Map.of("chat_ids", java.util.Collections.nCopies(1001, "c")), "", 0)),
                400, "validation");
        assertError(failure(() -> api.listArchives(Map.of("tags", Map.of("exists", true, "values", List.of("a"))), "", 0)),
                400, "validation");
        assertError(failure(() -> api.listArchives(Map.of("surveys", List.of(Map.of("type", "mid_chat", "answer_id", "1"))),
                "", 0)), 400, "validation");
        assertError(failure(() -> api.listArchives(Map.of("agent_types", Map.of("any_values", List.of("alien"))), "", 0)),
                400, "validation");
        assertError(failure(() -> api.listArchives(Map.of("from", "not a time"), "", 0)), 400, "validation");
        assertError(failure(() -> api.callRaw("list_archives", "{\"filters\":[]}")), 400, "validation");
    }

    @Test
    void c22_list_chats_filters_by_properties_with_require_every_value_accepted() {
        JsonNode gold = api.listChats(Map.of("properties", Map.of("crm", Map.of("tier",
                Map.of("values", List.of("gold"), "require_every_value", false)))), "", "", 0);
        assertThat(E2e.texts(gold.get("chats_summary"), "id")).containsExactly(carolChat);
        assertThat(gold.get("found_chats").asLong()).isEqualTo(1);
        JsonNode score = api.listChats(Map.of("properties", Map.of("crm", Map.of("score", Map.of("values", List.of("7"))))),
                "", "", 0);
        assertThat(E2e.texts(score.get("chats_summary"), "id")).containsExactly(carolChat);
        JsonNode without = api.listChats(Map.of("properties", Map.of("crm", Map.of("tier", Map.of("exists", false)))), "", "", 0);
        assertThat(E2e.texts(without.get("chats_summary"), "id")).containsExactly(annChat);
        JsonNode excluded = api.listChats(Map.of("properties", Map.of("crm", Map.of("tier",
                Map.of("exclude_values", List.of("gold"))))), "", "", 0);
        assertThat(E2e.texts(excluded.get("chats_summary"), "id")).containsExactly(annChat);
        assertError(failure(() -> api.listChats(Map.of("properties", Map.of("crm", Map.of("tier",
                Map.of("exists", true, "values", List.of("gold"))))), "", "", 0)), 400, "validation");
        assertError(failure(() -> api.listChats(Map.of("properties", Map.of("crm", "gold")), "", "", 0)), 400, "validation");
    }
}
