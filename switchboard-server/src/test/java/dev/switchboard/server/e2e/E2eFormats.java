package dev.switchboard.server.e2e;

/** Wire formats the tests check (rocketchat-livechat.md §1.6, §4.1). */
final class E2eFormats {
    /** REST dates: ISO-8601 in UTC with milliseconds and {@code Z}. */
    static final String ISO_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    /** Inquiry ids: 24 hex digits, like a MongoDB ObjectId. */
    static final String OBJECT_ID = "[0-9a-f]{24}";

    private E2eFormats() {}
}
