package dev.switchboard.client.rocketchat;

import static dev.switchboard.client.rocketchat.Json.fields;
import static dev.switchboard.client.rocketchat.QueryString.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Java SDK for the Rocket.Chat Omnichannel Livechat REST API (as served by Switchboard), mirroring the
 * livechat methods of the Python {@code rocketchat_API} package plus login and a few user/settings calls.
 * Every method calls {@code /api/v1/<endpoint>} and returns the whole parsed JSON body (including
 * {@code success}) on HTTP 2xx, or throws {@link RocketChatException}. After {@link #login} every request
 * carries {@code X-User-Id}/{@code X-Auth-Token} until {@link #logout}. Instances are thread-safe.
 */
public final class RocketChatLivechat {
    private final HttpTransport http;

    /** A client for a server such as {@code http://127.0.0.1:3000}. */
    public RocketChatLivechat(URI serverUrl) {
        this.http = new HttpTransport(serverUrl);
    }

    /** The logged-in user's id, or {@code null}. */
    public String userId() {
        HttpTransport.Session session = http.session();
        return session == null ? null : session.userId();
    }

    /** The logged-in user's auth token (the DDP {@code login} resume token), or {@code null}. */
    public String authToken() {
        HttpTransport.Session session = http.session();
        return session == null ? null : session.authToken();
    }

    // ---- authentication, users, settings ----

    /** POST {@code login} with {@code {"user","password"}}; keeps {@code data.userId}/{@code data.authToken}. */
    public JsonNode login(String user, String password) {
        JsonNode body = http.call("POST", "login", QueryString.empty(), fields("user", user, "password", password));
        JsonNode data = body.path("data");
        if (!data.path("userId").isTextual() || !data.path("authToken").isTextual()) {
            throw new IllegalStateException("login answer has no data.userId/data.authToken: " + body);
        }
        http.session(new HttpTransport.Session(data.get("userId").asText(), data.get("authToken").asText()));
        return body;
    }

    /** POST {@code logout}; the auth headers are dropped even if the call fails. */
    public JsonNode logout() {
        try {
            return post("logout", null);
        } finally {
            http.session(null);
        }
    }

    /** GET {@code me}. */
    public JsonNode me() { return get("me", QueryString.empty()); }

    /** POST {@code users.register}; the password travels as {@code pass}. */
    public JsonNode usersRegister(String username, String email, String pass, String name) {
        return post("users.register", fields("username", username, "email", email, "pass", pass, "name", name));
    }

    /** POST {@code users.create} with the given fields ({@code username, email, password, name, roles…}). */
    public JsonNode usersCreate(Map<String, ?> fields) { return post("users.create", fields); }

    /** GET {@code users.info?userId=}. */
    public JsonNode usersInfo(String userId) { return get("users.info", query("userId", userId)); }

    /** POST {@code users.setStatus}; a {@code null} argument is left out. */
    public JsonNode setStatus(String status, String message) {
        return post("users.setStatus", fields("status", status, "message", message));
    }

    /** GET {@code settings/:id}. */
    public JsonNode settingsGet(String id) { return get("settings/" + encode(id), QueryString.empty()); }

    /** POST {@code settings/:id} with {@code {"value": value}}. */
    public JsonNode settingsUpdate(String id, Object value) {
        return post("settings/" + encode(id), Collections.singletonMap("value", value));
    }

    /** GET {@code livechat/appearance}. */
    public JsonNode getAppearance() { return get("livechat/appearance", QueryString.empty()); }

    /** POST {@code livechat/appearance} with a top-level array such as {@code [{"_id":…,"value":…}]}. */
    public JsonNode setAppearance(List<? extends Map<String, ?>> settings) { return post("livechat/appearance", settings); }

    // ---- visitor side ----

    /** POST {@code livechat/visitor} with {@code {"visitor":{"token":…, …fields}}}. */
    public JsonNode registerVisitor(String token, Map<String, ?> visitorFields) {
        Map<String, Object> visitor = fields("token", token);
        if (visitorFields != null) {
            visitorFields.forEach((key, value) -> visitor.putIfAbsent(key, value));
        }
        return post("livechat/visitor", fields("visitor", visitor));
    }

    /** GET {@code livechat/visitor/:token}. */
    public JsonNode getVisitor(String token) { return get("livechat/visitor/" + encode(token), QueryString.empty()); }

    /** DELETE {@code livechat/visitor/:token}. */
    public JsonNode deleteVisitor(String token) { return delete("livechat/visitor/" + encode(token)); }

    /** GET {@code livechat/room?token=…} plus optional parameters such as {@code rid}, {@code agentId}. */
    public JsonNode room(String token, Map<String, ?> params) {
        return get("livechat/room", query("token", token).addAll(params));
    }

    /** POST {@code livechat/message} with {@code {"token","rid","msg"}}. */
    public JsonNode message(String token, String rid, String msg) {
        return post("livechat/message", fields("token", token, "rid", rid, "msg", msg));
    }

    /** GET {@code livechat/message/:id?token=&rid=}: one message of the visitor's room. */
    public JsonNode getMessage(String id, String token, String rid) {
        return get("livechat/message/" + encode(id), query("token", token).add("rid", rid));
    }

    /** PUT {@code livechat/message/:id} with {@code {"token","rid","msg"}}: the visitor edits its message. */
    public JsonNode updateMessage(String id, String token, String rid, String msg) {
        return http.call("PUT", "livechat/message/" + encode(id), QueryString.empty(),
                fields("token", token, "rid", rid, "msg", msg));
    }

    /** DELETE {@code livechat/message/:id} with the JSON body {@code {"token","rid"}}: the visitor deletes its message. */
    public JsonNode deleteMessage(String id, String token, String rid) {
        return http.call("DELETE", "livechat/message/" + encode(id), QueryString.empty(), fields("token", token, "rid", rid));
    }

    /** GET {@code livechat/messages.history/:rid?token=…} plus optional {@code limit, end, ls, offset}. */
    public JsonNode messagesHistory(String rid, String token, Map<String, ?> params) {
        return get("livechat/messages.history/" + encode(rid), query("token", token).addAll(params));
    }

    /** POST {@code livechat/room.close} (the visitor closes the room). */
    public JsonNode closeRoom(String rid, String token) { return post("livechat/room.close", fields("rid", rid, "token", token)); }

    /** GET {@code livechat/agent.info/:rid/:token}. */
    public JsonNode agentInfo(String rid, String token) {
        return get("livechat/agent.info/" + encode(rid) + "/" + encode(token), QueryString.empty());
    }

    /** GET {@code livechat/config}, with {@code ?token=} unless {@code tokenOrNull} is null. */
    public JsonNode config(String tokenOrNull) { return get("livechat/config", query("token", tokenOrNull)); }

    /** POST {@code livechat/custom.field} with {@code {"token","key","value","overwrite"}}. */
    public JsonNode customField(String token, String key, String value, boolean overwrite) {
        return post("livechat/custom.field", fields("token", token, "key", key, "value", value, "overwrite", overwrite));
    }

    /** POST {@code livechat/custom.fields} with {@code {"token","customFields":[{key,value,overwrite}…]}}. */
    public JsonNode customFields(String token, List<? extends Map<String, ?>> customFields) {
        return post("livechat/custom.fields", fields("token", token, "customFields", customFields));
    }

    /** POST {@code livechat/page.visited} with {@code {"token","rid"?,"pageInfo"}}. */
    public JsonNode pageVisited(String token, String rid, Map<String, ?> pageInfo) {
        return post("livechat/page.visited", fields("token", token, "rid", rid, "pageInfo", pageInfo));
    }

    // ---- agent / manager side ----

    /** GET {@code livechat/rooms}; list values become {@code key[]=…}, map values one JSON-encoded parameter. */
    public JsonNode rooms(Map<String, ?> filters) { return get("livechat/rooms", QueryString.of(filters)); }

    /** GET {@code livechat/inquiries.list} with optional {@code department, offset, count, sort}. */
    public JsonNode inquiriesList(Map<String, ?> params) { return get("livechat/inquiries.list", QueryString.of(params)); }

    /** POST {@code livechat/inquiries.take} for the logged-in user. */
    public JsonNode inquiriesTake(String inquiryId) { return inquiriesTake(inquiryId, null); }

    /** POST {@code livechat/inquiries.take} on behalf of {@code userId} (left out when null). */
    public JsonNode inquiriesTake(String inquiryId, String userId) {
        return post("livechat/inquiries.take", fields("inquiryId", inquiryId, "userId", userId));
    }

    /** GET {@code livechat/inquiries.getOne?roomId=}. */
    public JsonNode inquiriesGetOne(String roomId) { return get("livechat/inquiries.getOne", query("roomId", roomId)); }

    /** GET {@code livechat/inquiries.queued}. */
    public JsonNode inquiriesQueued() { return get("livechat/inquiries.queued", QueryString.empty()); }

    /** GET {@code livechat/users/:type} ({@code agent} or {@code manager}) with optional paging/filter parameters. */
    public JsonNode getUsers(String type, Map<String, ?> params) { return get(usersPath(type), QueryString.of(params)); }

    /** POST {@code livechat/users/:type} with {@code {"username"}}. */
    public JsonNode createUser(String type, String username) { return post(usersPath(type), fields("username", username)); }

    /** GET {@code livechat/users/:type/:userId}. */
    public JsonNode getUser(String type, String userId) { return get(usersPath(type) + "/" + encode(userId), QueryString.empty()); }

    /** DELETE {@code livechat/users/:type/:userId}. */
    public JsonNode deleteUser(String type, String userId) { return delete(usersPath(type) + "/" + encode(userId)); }

    /** GET {@code livechat/department} with optional parameters. */
    public JsonNode departments(Map<String, ?> params) { return get("livechat/department", QueryString.of(params)); }

    /** POST {@code livechat/department} with {@code {"department":{…},"departmentAgents":[…]}}. */
    public JsonNode createDepartment(Map<String, ?> department, List<? extends Map<String, ?>> agents) {
        return post("livechat/department", fields("department", department, "departmentAgents", agents));
    }

    /** GET {@code livechat/department/:id}. */
    public JsonNode getDepartment(String id) { return get("livechat/department/" + encode(id), QueryString.empty()); }

    /** PUT {@code livechat/room.visitor} with {@code {"rid","newVisitorId","oldVisitorId"}} (deprecated upstream in 7.0). */
    public JsonNode roomVisitor(String rid, String newVisitorId, String oldVisitorId) {
        return http.call("PUT", "livechat/room.visitor", QueryString.empty(),
                fields("rid", rid, "newVisitorId", newVisitorId, "oldVisitorId", oldVisitorId));
    }

    /** PUT {@code livechat/department/:id} with {@code {"department":{…},"departmentAgents":[…]}}. */
    public JsonNode updateDepartment(String id, Map<String, ?> department, List<? extends Map<String, ?>> agents) {
        return http.call("PUT", "livechat/department/" + encode(id), QueryString.empty(),
                fields("department", department, "departmentAgents", agents));
    }

    /** DELETE {@code livechat/department/:id}. */
    public JsonNode deleteDepartment(String id) { return delete("livechat/department/" + encode(id)); }

    /** POST {@code livechat/room.closeByUser} with {@code {"rid","comment"?}} (an agent closes the room). */
    public JsonNode closeRoomByUser(String rid, String comment) {
        return post("livechat/room.closeByUser", fields("rid", rid, "comment", comment));
    }

    /** POST {@code chat.sendMessage} with {@code {"message":{"rid","msg"}}}: a logged-in agent writes into a room. */
    public JsonNode chatSendMessage(String rid, String msg) { return chatSendMessage(rid, msg, null); }

    /** POST {@code chat.sendMessage} with a client-chosen message {@code _id} (left out when null). */
    public JsonNode chatSendMessage(String rid, String msg, String id) {
        return post("chat.sendMessage", fields("message", fields("rid", rid, "msg", msg, "_id", id)));
    }

    // ---- routing ----

    /** POST {@code livechat/agent.status}: sets (or with null status, toggles) an agent's availability. */
    public JsonNode agentStatus(String statusOrNull, String agentIdOrNull) {
        return post("livechat/agent.status", fields("status", statusOrNull, "agentId", agentIdOrNull));
    }

    /** POST {@code livechat/agent.saveInfo}: an agent's own limit of simultaneous chats (0 clears it). */
    public JsonNode agentSaveInfo(String agentId, long maxNumberSimultaneousChat) {
        return post("livechat/agent.saveInfo", fields("agentId", agentId,
                "agentData", fields("maxNumberSimultaneousChat", maxNumberSimultaneousChat)));
    }

    /** POST {@code livechat/room.forward} to an agent ({@code userId}) or a department; nulls are left out. */
    public JsonNode roomForward(String roomId, String userId, String departmentId, String comment) {
        return post("livechat/room.forward", fields("roomId", roomId, "userId", userId, "departmentId", departmentId,
                "comment", comment));
    }

    /** POST {@code livechat/room.transfer}: the visitor moves its room to another department. */
    public JsonNode roomTransfer(String rid, String token, String department) {
        return post("livechat/room.transfer", fields("rid", rid, "token", token, "department", department));
    }

    // ---- escape hatch ----

    /**
     * Sends any request and returns the response as is, without throwing on 4xx/5xx. {@code pathAndQuery}
     * is relative to {@code /api/v1/} unless it starts with {@code /}; it is used verbatim (encode it
     * yourself). The auth headers are sent when logged in; {@code extraHeaders} may replace them. A
     * non-null body is sent as {@code application/json} unless {@code extraHeaders} sets a Content-Type.
     * The JDK refuses a few headers ({@code Host, Connection, Content-Length, Expect, Upgrade}).
     */
    public RawResponse raw(String method, String pathAndQuery, String bodyOrNull, Map<String, String> extraHeaders) {
        return http.send(method, pathAndQuery, bodyOrNull, extraHeaders);
    }

    // ---- helpers ----

    private JsonNode get(String endpoint, QueryString query) { return http.call("GET", endpoint, query, null); }

    private JsonNode post(String endpoint, Object body) { return http.call("POST", endpoint, QueryString.empty(), body); }

    private static String usersPath(String type) { return "livechat/users/" + encode(type); }

    private static QueryString query(String key, String value) { return QueryString.empty().add(key, value); }

    private JsonNode delete(String endpoint) { return http.call("DELETE", endpoint, QueryString.empty(), null); }

    // ---- business hours of departments (Switchboard extension) ----

    /** GET {@code livechat/department/:_id/business-hours}: {@code {businessHours|null, enabled, open, dayStatus|null}}. */
    public JsonNode departmentBusinessHours(String departmentId) { return get(businessHoursPath(departmentId), QueryString.empty()); }

    /**
     * POST {@code livechat/department/:_id/business-hours} with a definition such as
     * {@code {"timeZone":"Etc/GMT+6","workingDayMessage":"…","workingDays":[{"day":"monday","start":"8:00","end":"17:00"}],
     * "holidays":[{"day":"…","startDate":"2026-12-24","endDate":"2026-12-26","message":"…"}]}}.
     */
    public JsonNode setDepartmentBusinessHours(String departmentId, Map<String, ?> definition) {
        return post(businessHoursPath(departmentId), definition);
    }

    /** DELETE {@code livechat/department/:_id/business-hours}: the department is then always open. */
    public JsonNode deleteDepartmentBusinessHours(String departmentId) { return delete(businessHoursPath(departmentId)); }

    /** GET {@code livechat/department/:_id/business-hours.toml}: the TOML file text, its table named {@code country} if given. */
    public String departmentBusinessHoursToml(String departmentId, String countryOrNull) {
        RawResponse r = http.send("GET", businessHoursPath(departmentId) + ".toml" + query("country", countryOrNull), null, Map.of());
        if (!r.isSuccessful()) throw new RocketChatException(r.status(), Json.tryParse(r.body()), r.body());
        return r.body();
    }

    /** POST {@code livechat/department/:_id/business-hours.toml} with TOML text ({@code text/plain}); {@code country} nullable. */
    public JsonNode importDepartmentBusinessHoursToml(String departmentId, String toml, String countryOrNull) {
        RawResponse r = http.send("POST", businessHoursPath(departmentId) + ".toml" + query("country", countryOrNull), toml,
                Map.of("Content-Type", "text/plain; charset=utf-8"));
        if (!r.isSuccessful()) throw new RocketChatException(r.status(), Json.tryParse(r.body()), r.body());
        return Json.parse(r.body());
    }

    private static String businessHoursPath(String departmentId) {
        return "livechat/department/" + encode(departmentId) + "/business-hours";
    }

    // ---- file uploads and downloads ----

    /**
     * POST {@code livechat/upload/:rid} as the visitor holding {@code token} (sent in the header
     * {@code x-visitor-token}): a multipart form with the file in {@code file} and, when not null, a
     * {@code description}. Answers the file message at the top level plus {@code newRoom} and
     * {@code showConnecting}. A null {@code contentType} sends the part without one.
     */
    public JsonNode uploadFile(String rid, String token, String fileName, String contentType, byte[] bytes,
                               String description) {
        MultipartBody form = new MultipartBody().file("file", fileName, contentType, bytes).field("description", description);
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Content-Type", form.contentType()));
        if (token != null) headers.put("x-visitor-token", token);
        return http.callBytes("POST", "livechat/upload/" + encode(rid), form.bytes(), headers);
    }

    /**
     * POST {@code rooms.upload/:rid} as the logged-in user: the file in {@code file}, plus
     * {@code description} and {@code msg} when not null. Answers {@code {"message":…}}.
     */
    public JsonNode roomsUpload(String rid, String fileName, String contentType, byte[] bytes, String description,
                                String msg) {
        MultipartBody form = new MultipartBody().file("file", fileName, contentType, bytes)
                .field("description", description).field("msg", msg);
        return http.callBytes("POST", "rooms.upload/" + encode(rid), form.bytes(), Map.of("Content-Type", form.contentType()));
    }

    /**
     * GET of a download path such as a file message's {@code title_link} ({@code /file-upload/<id>/<name>},
     * optionally with a query such as {@code ?rc_token=…}), with the session's auth headers when logged in
     * and {@code extraHeaders} (e.g. {@code x-visitor-token}, {@code Cookie}). Never throws on 4xx/5xx.
     */
    public BinaryResponse download(String pathAndQuery, Map<String, String> extraHeaders) {
        return http.sendBytes("GET", pathAndQuery, null, extraHeaders);
    }

    /** {@link #download(String, Map)} without extra headers. */
    public BinaryResponse download(String pathAndQuery) { return download(pathAndQuery, Map.of()); }

    // ---- offline messages, transcripts, surveys ----

    /** POST {@code livechat/offline.message} with {@code {"name","email","message","department"?,"host"?}}; nulls are left out. */
    public JsonNode offlineMessage(String name, String email, String message, String department, String host) {
        return post("livechat/offline.message", fields("name", name, "email", email, "message", message,
                "department", department, "host", host));
    }

    /** POST {@code livechat/transcript} with {@code {"token","rid","email"}}: mail the room's transcript. */
    public JsonNode transcript(String token, String rid, String email) {
        return post("livechat/transcript", fields("token", token, "rid", rid, "email", email));
    }

    /** POST {@code livechat/room.survey} with {@code {"rid","token","data":[{"name","value"}…]}}, answers in map order. */
    public JsonNode roomSurvey(String rid, String token, Map<String, String> answers) {
        List<Map<String, Object>> data = new java.util.ArrayList<>();
        answers.forEach((name, value) -> data.add(fields("name", name, "value", value)));
        return post("livechat/room.survey", fields("rid", rid, "token", token, "data", data));
    }

    /**
     * POST {@code livechat/room.closeByUser} with a {@code transcriptEmail} option, such as
     * {@code {"sendToVisitor":true,"requestData":{"email","subject"}}} or {@code {"sendToVisitor":false}}.
     */
    public JsonNode closeRoomByUser(String rid, String comment, Map<String, ?> transcriptEmail) {
        return post("livechat/room.closeByUser", fields("rid", rid, "comment", comment, "transcriptEmail", transcriptEmail));
    }

    /**
     * GET {@code livechat/analytics/dashboards/<name>}, e.g. {@code "charts/chats"} or
     * {@code "conversation-totalizers"}, with {@code start}, {@code end} (ISO dates) and an optional {@code departmentId}.
     */
    public JsonNode dashboard(String name, Map<String, ?> params) {
        return get("livechat/analytics/dashboards/" + name, QueryString.of(params));
    }
}
