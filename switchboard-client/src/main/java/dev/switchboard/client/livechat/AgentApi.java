package dev.switchboard.client.livechat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The LiveChat Agent Chat API v3.6 Web API, one method per method of the Go SDK's {@code agent.API}
 * ({@code lc-sdk-go} v6, livechat-agent-api-v3.6.md §4.0), sending the request bodies the SDK sends
 * (§4; its always-sent keys included). Methods whose Go twin returns a structure return the decoded
 * JSON; failures are {@link AgentApiException}. Thread-safe.
 */
public final class AgentApi {
    private final AgentTransport http;

    /**
     * @param host          like the SDK's {@code SetCustomHost}: scheme, host and optional path prefix
     * @param authorization the whole {@code Authorization} header value, asked for before every request
     */
    public AgentApi(URI host, Supplier<String> authorization) { this.http = new AgentTransport(host, authorization); }

    /** A client authorised by a Rocket.Chat login token ({@code Bearer <authToken>}). */
    public static AgentApi bearer(URI host, String authToken) { return new AgentApi(host, () -> "Bearer " + authToken); }

    /** A client authorised LiveChat's personal-access-token way: {@code Basic base64(<userId>:<token>)}. */
    public static AgentApi basic(URI host, String userId, String token) {
        String encoded = java.util.Base64.getEncoder().encodeToString((userId + ":" + token).getBytes(StandardCharsets.UTF_8));
        return new AgentApi(host, () -> "Basic " + encoded);
    }

    /** SDK {@code SetAuthorID}: later requests (not uploads) run as that bot ({@code X-Author-Id}). */
    public void setAuthorId(String authorId) { http.header("X-Author-Id", authorId); }

    /** SDK {@code SetCustomHeader}. */
    public void setCustomHeader(String name, String value) { http.header(name, value); }

    /** SDK {@code Call}: any action with any request object; returns the decoded response. */
    public JsonNode call(String action, Object request) { return http.call(action, request); }

    /** Sends a body exactly as given (for requests captured from the SDK and for malformed ones). */
    public JsonNode callRaw(String action, String body) { return http.callRaw(action, body); }

    public JsonNode listChats(Map<String, Object> filters, String sortOrder, String pageId, long limit) {
        Map<String, Object> req = new LinkedHashMap<>();
        if (filters != null) req.put("filters", filters);
        if (limit > 0) req.put("limit", limit);
        if (pageId != null && !pageId.isEmpty()) req.put("page_id", pageId);
        if (sortOrder != null && !sortOrder.isEmpty()) req.put("sort_order", sortOrder);
        return http.call("list_chats", req);
    }

    public JsonNode getChat(String chatId, String threadId) {
        Map<String, Object> req = fields("chat_id", chatId);
        if (threadId != null && !threadId.isEmpty()) req.put("thread_id", threadId);
        return http.call("get_chat", req);
    }

    public JsonNode listThreads(String chatId, String sortOrder, String pageId, long limit, long minEventsCount,
                                Map<String, Object> filters) {
        Map<String, Object> req = new LinkedHashMap<>();
        if (pageId != null && !pageId.isEmpty()) req.put("page_id", pageId);
        if (limit > 0) req.put("limit", limit);
        if (sortOrder != null && !sortOrder.isEmpty()) req.put("sort_order", sortOrder);
        req.put("chat_id", chatId);
        if (minEventsCount > 0) req.put("min_events_count", minEventsCount);
        if (filters != null) req.put("filters", filters);
        return http.call("list_threads", req);
    }

    public JsonNode listArchives(Map<String, Object> filters, String pageId, long limit) {
        Map<String, Object> req = new LinkedHashMap<>();
        if (pageId != null && !pageId.isEmpty()) req.put("page_id", pageId);
        if (limit > 0) req.put("limit", limit);
        if (filters != null) req.put("filters", filters);
        return http.call("list_archives", req);
    }

    /** @param initialChat the InitialChat object (§3.8); {@code id} is sent as {@code ""} when missing */
    public JsonNode startChat(Map<String, Object> initialChat, boolean continuous, boolean active) {
        return http.call("start_chat", chatRequest(initialChat, continuous, active));
    }

    public JsonNode resumeChat(Map<String, Object> initialChat, boolean continuous, boolean active) {
        return http.call("resume_chat", chatRequest(initialChat, continuous, active));
    }

    private static Map<String, Object> chatRequest(Map<String, Object> initialChat, boolean continuous, boolean active) {
        Map<String, Object> chat = new LinkedHashMap<>(initialChat);
        chat.putIfAbsent("id", "");
        Map<String, Object> req = fields("chat", chat);
        if (continuous) req.put("continuous", true);
        req.put("active", active);
        return req;
    }

    public void deactivateChat(String chatId, boolean ignoreRequesterPresence) {
        Map<String, Object> req = fields("id", chatId);
        if (ignoreRequesterPresence) req.put("ignore_requester_presence", true);
        http.call("deactivate_chat", req);
    }

    public void followChat(String chatId) { http.call("follow_chat", fields("id", chatId)); }

    public void unfollowChat(String chatId) { http.call("unfollow_chat", fields("id", chatId)); }

    /** @param ids strings for agents, numbers for groups; with an empty type and no ids no target is sent */
    public void transferChat(String chatId, String targetType, List<Object> ids, boolean ignoreRequesterPresence,
                             boolean ignoreAgentsAvailability) {
        Map<String, Object> req = fields("id", chatId);
        if (!(targetType == null || targetType.isEmpty()) || (ids != null && !ids.isEmpty())) {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("type", targetType == null ? "" : targetType);
            target.put("ids", ids);
            req.put("target", target);
        }
        if (ignoreRequesterPresence) req.put("ignore_requester_presence", true);
        if (ignoreAgentsAvailability) req.put("ignore_agents_availability", true);
        http.call("transfer_chat", req);
    }

    public void addUserToChat(String chatId, String userId, String userType, String visibility,
                              boolean ignoreRequesterPresence) {
        Map<String, Object> req = fields("chat_id", chatId, "user_id", userId, "user_type", userType,
                "visibility", visibility == null ? "" : visibility);
        if (ignoreRequesterPresence) req.put("ignore_requester_presence", true);
        http.call("add_user_to_chat", req);
    }

    public void removeUserFromChat(String chatId, String userId, String userType, boolean ignoreRequesterPresence) {
        Map<String, Object> req = fields("chat_id", chatId, "user_id", userId, "user_type", userType);
        if (ignoreRequesterPresence) req.put("ignore_requester_presence", true);
        http.call("remove_user_from_chat", req);
    }

    /** @return the new event's id */
    public String sendEvent(String chatId, Map<String, Object> event, boolean attachToLastThread) {
        Map<String, Object> sdkEvent = new LinkedHashMap<>();
        sdkEvent.put("created_at", "0001-01-01T00:00:00Z");
        sdkEvent.put("author_id", "");
        sdkEvent.putAll(event);
        Map<String, Object> req = fields("chat_id", chatId, "event", sdkEvent, "attach_to_last_thread", attachToLastThread);
        return http.call("send_event", req).path("event_id").asText(null);
    }

    /** A {@code message} event with visibility {@code all}, as the SDK's {@code Message} struct sends it. */
    public static Map<String, Object> message(String text) { return fields("visibility", "all", "type", "message", "text", text); }

    /** SDK {@code UploadFile}: one multipart part {@code file} declared {@code application/octet-stream}. */
    public String uploadFile(String filename, byte[] file) {
        String boundary = UUID.randomUUID().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return http.upload("upload_file", body, "multipart/form-data; boundary=" + boundary).path("url").asText(null);
    }

    public void sendRichMessagePostback(String chatId, String eventId, String threadId, String postbackId, boolean toggled) {
        http.call("send_rich_message_postback", fields("chat_id", chatId, "event_id", eventId, "thread_id", threadId,
                "postback", fields("id", postbackId, "toggled", toggled)));
    }

    public void updateChatProperties(String chatId, Map<String, Map<String, Object>> properties) {
        http.call("update_chat_properties", fields("id", chatId, "properties", properties));
    }

    public void deleteChatProperties(String chatId, Map<String, List<String>> properties) {
        http.call("delete_chat_properties", fields("id", chatId, "properties", properties));
    }

    public void updateThreadProperties(String chatId, String threadId, Map<String, Map<String, Object>> properties) {
        http.call("update_thread_properties", fields("chat_id", chatId, "thread_id", threadId, "properties", properties));
    }

    public void deleteThreadProperties(String chatId, String threadId, Map<String, List<String>> properties) {
        http.call("delete_thread_properties", fields("chat_id", chatId, "thread_id", threadId, "properties", properties));
    }

    public void updateEventProperties(String chatId, String threadId, String eventId, Map<String, Map<String, Object>> properties) {
        http.call("update_event_properties", fields("chat_id", chatId, "thread_id", threadId, "event_id", eventId,
                "properties", properties));
    }

    public void deleteEventProperties(String chatId, String threadId, String eventId, Map<String, List<String>> properties) {
        http.call("delete_event_properties", fields("chat_id", chatId, "thread_id", threadId, "event_id", eventId,
                "properties", properties));
    }

    public void tagThread(String chatId, String threadId, String tag) {
        http.call("tag_thread", fields("chat_id", chatId, "thread_id", threadId, "tag", tag));
    }

    public void untagThread(String chatId, String threadId, String tag) {
        http.call("untag_thread", fields("chat_id", chatId, "thread_id", threadId, "tag", tag));
    }

    public JsonNode getCustomer(String customerId) { return http.call("get_customer", fields("id", customerId)); }

    /** @return the new customer's id */
    public String createCustomer(String name, String email, String avatar, List<Map<String, String>> sessionFields) {
        Map<String, Object> req = new LinkedHashMap<>();
        putNonEmpty(req, "name", name);
        putNonEmpty(req, "email", email);
        putNonEmpty(req, "avatar", avatar);
        if (sessionFields != null && !sessionFields.isEmpty()) req.put("session_fields", sessionFields);
        return http.call("create_customer", req).path("customer_id").asText(null);
    }

    public void updateCustomer(String customerId, String name, String email, String avatar,
                               List<Map<String, String>> sessionFields) {
        Map<String, Object> req = fields("id", customerId);
        putNonEmpty(req, "name", name);
        putNonEmpty(req, "email", email);
        putNonEmpty(req, "avatar", avatar);
        if (sessionFields != null && !sessionFields.isEmpty()) req.put("session_fields", sessionFields);
        http.call("update_customer", req);
    }

    public void banCustomer(String customerId, long days) {
        http.call("ban_customer", fields("id", customerId, "ban", fields("days", days)));
    }

    public void followCustomer(String customerId) { http.call("follow_customer", fields("id", customerId)); }

    public void unfollowCustomer(String customerId) { http.call("unfollow_customer", fields("id", customerId)); }

    public void setRoutingStatus(String agentId, String status) {
        Map<String, Object> req = new LinkedHashMap<>();
        putNonEmpty(req, "agent_id", agentId);
        putNonEmpty(req, "status", status);
        http.call("set_routing_status", req);
    }

    /** @return the bare array of {@code {agent_id, status}} */
    public JsonNode listRoutingStatuses(List<Integer> groupIds) {
        Map<String, Object> filters = new LinkedHashMap<>();
        if (groupIds != null && !groupIds.isEmpty()) filters.put("group_ids", groupIds);
        return http.call("list_routing_statuses", fields("filters", filters));
    }

    /** Sends {@code seen_up_to} as Go's RFC3339Nano (trailing zeros trimmed). */
    public void markEventsAsSeen(String chatId, Instant seenUpTo) {
        http.call("mark_events_as_seen", fields("chat_id", chatId, "seen_up_to", DateTimeFormatter.ISO_INSTANT.format(seenUpTo)));
    }

    public void logout(String agentId) { http.call("logout", fields("agent_id", agentId == null ? "" : agentId)); }

    public void sendTypingIndicator(String chatId, String visibility, boolean isTyping) {
        Map<String, Object> req = fields("chat_id", chatId);
        putNonEmpty(req, "visibility", visibility);
        req.put("is_typing", isTyping);
        http.call("send_typing_indicator", req);
    }

    public void sendThinkingIndicator(String chatId, String title, String description, String visibility, String customId) {
        Map<String, Object> req = fields("chat_id", chatId);
        putNonEmpty(req, "title", title);
        putNonEmpty(req, "description", description);
        putNonEmpty(req, "visibility", visibility);
        putNonEmpty(req, "custom_id", customId);
        http.call("send_thinking_indicator", req);
    }

    /** @param content any JSON value; null is sent as {@code null}, as the SDK does */
    public void multicast(Map<String, Object> recipients, Object content, String type) {
        Map<String, Object> req = fields("recipients", recipients);
        req.put("content", content);
        putNonEmpty(req, "type", type);
        http.call("multicast", req);
    }

    /** @return the bare array of {@code {agent_id, total_active_chats}} */
    public JsonNode listAgentsForTransfer(String chatId) { return http.call("list_agents_for_transfer", fields("chat_id", chatId)); }

    private static void putNonEmpty(Map<String, Object> req, String key, String value) {
        if (value != null && !value.isEmpty()) req.put(key, value);
    }

    /** An ordered map from key/value pairs (values may be null). */
    static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }
}
