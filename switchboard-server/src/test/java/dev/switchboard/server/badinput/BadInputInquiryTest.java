package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.BadInputAccountTest.NOT_STRINGS;
import static dev.switchboard.server.badinput.Envelope.assertCoded;
import static dev.switchboard.server.badinput.Envelope.assertFailure;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertMissing;
import static dev.switchboard.server.badinput.Envelope.assertPlain;
import static dev.switchboard.server.badinput.Envelope.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RawResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inquiry endpoints ({@code inquiries.list}, {@code .queued}, {@code .queuedForUser},
 * {@code .take}, {@code .getOne}) with hostile bodies and queries, against a queue holding one
 * inquiry (routing switched to {@code Manual_Selection}): no refused take assigns it. Covers
 * checklist (§7) items 4, 12, 14, 48, 49, 50, 51 and 52.
 */
class BadInputInquiryTest {
    private static World w;
    private static World.Visitor queued;
    private static String inquiryId;

    @BeforeAll
    static void up() {
        w = World.start();
        w.admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection");
        queued = w.visitor("Queued");
        inquiryId = w.admin.inquiriesList(Map.of()).path("inquiries").get(0).path("_id").asText();
    }

    @AfterAll
    static void down() { w.close(); }

    private static void assertStillQueued() {
        var list = w.admin.inquiriesList(Map.of()).path("inquiries");
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).path("_id").asText()).isEqualTo(inquiryId);
        assertThat(list.get(0).path("status").asText()).isEqualTo("queued");
        assertThat(w.room(queued.rid()).has("servedBy")).isFalse();
    }

    @Test
    void list_endpoints_refuse_abusive_pagination_and_sort_parameters() {
        for (String path : List.of("livechat/inquiries.list", "livechat/inquiries.queued", "livechat/inquiries.queuedForUser")) {
            for (String query : List.of("offset=abc", "offset=-1", "offset=1.5", "count=abc", "count=-1",
                    "count=99999999999", "offset=1&offset=2", "count%5B%5D=5", "sort=notjson", "sort=%5B1%5D",
                    "sort=%22ts%22", "sort=%7B%22%24where%22%3A1%7D", "sort=%7B%22ts%22%3A%22desc%22%7D",
                    "sort=%7B%22ts%22%3A%7B%22%24ne%22%3A1%7D%7D", "sort=%7B%22ts%22%3A2%7D", "sort=%7B%22ts%22%3A-1",
                    "department%5B%5D=x", "department=a&department=b")) {
                assertInvalidParams(w.asAdmin("GET", path + "?" + query, null));
            }
        }
    }

    @Test
    void take_rejects_missing_and_mistyped_ids_and_leaves_the_inquiry_queued() {
        assertMissing(w.asAdmin("POST", "livechat/inquiries.take", "{}"), "inquiryId");
        assertMissing(w.asAdmin("POST", "livechat/inquiries.take", "{\"inquiryId\":null}"), "inquiryId");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.asAdmin("POST", "livechat/inquiries.take", "{\"inquiryId\":" + bad + "}"));
            assertInvalidParams(w.asAgent("POST", "livechat/inquiries.take",
                    "{\"inquiryId\":\"" + inquiryId + "\",\"userId\":" + bad + "}"));
        }
        assertInvalidParams(w.asAgent("POST", "livechat/inquiries.take", "{\"inquiryId\":{\"$ne\":1}}"));
        assertStillQueued();
    }

    @Test
    void taking_an_unknown_inquiry_answers_the_exact_not_found_body() {
        for (String id : List.of("NotARealThing", "", ".*", "{\\\"$ne\\\":1}")) {
            RawResponse r = w.asAgent("POST", "livechat/inquiries.take", "{\"inquiryId\":\"" + id + "\"}");
            assertCoded(r, "error-not-found", "Inquiry not found");
            assertThat(r.json()).isEqualTo(json("{\"success\":false,\"error\":\"Inquiry not found [error-not-found]\","
                    + "\"errorType\":\"error-not-found\",\"details\":{\"method\":\"livechat:takeInquiry\"}}"));
        }
        assertStillQueued();
    }

    @Test
    void taking_for_an_unknown_or_unqualified_user_is_refused_and_assigns_nothing() {
        assertPlain(w.asAdmin("POST", "livechat/inquiries.take",
                "{\"inquiryId\":\"" + inquiryId + "\",\"userId\":\"ghost\"}"), "The user is invalid");
        RawResponse r = w.asAdmin("POST", "livechat/inquiries.take",
                "{\"inquiryId\":\"" + inquiryId + "\",\"userId\":\"" + w.plain.userId() + "\"}");
        assertCoded(r, "error-not-allowed", "Not allowed");
        assertThat(r.json().path("details")).isEqualTo(json("{\"method\":\"livechat:takeInquiry\"}"));
        assertCoded(w.asAdmin("POST", "livechat/inquiries.take", "{\"inquiryId\":\"" + inquiryId + "\"}"),
                "error-agent-status-service-offline", "Agent status is offline or Omnichannel service is not active");
        assertStillQueued();
    }

    @Test
    void get_one_requires_a_single_string_room_id() {
        assertMissing(w.asAgent("GET", "livechat/inquiries.getOne", null), "roomId");
        assertMissing(w.asAgent("GET", "livechat/inquiries.getOne?roomId%5B%24ne%5D=x", null), "roomId");
        assertInvalidParams(w.asAgent("GET", "livechat/inquiries.getOne?roomId%5B%5D=" + queued.rid(), null));
        assertInvalidParams(w.asAgent("GET", "livechat/inquiries.getOne?roomId=" + queued.rid() + "&roomId=x", null));
    }

    @Test
    void get_one_of_an_unknown_or_operator_shaped_room_is_the_null_inquiry_not_a_match() {
        for (String rid : List.of("nope", "%7B%22%24ne%22%3Anull%7D", ".*")) {
            RawResponse r = w.asAgent("GET", "livechat/inquiries.getOne?roomId=" + rid, null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json()).isEqualTo(json("{\"inquiry\":null,\"success\":true}"));
        }
        assertFailure(w.asPlain("GET", "livechat/inquiries.getOne?roomId=" + queued.rid(), null), 403,
                "User does not have the permissions required for this action [error-forbidden]", "error-forbidden");
    }
}
