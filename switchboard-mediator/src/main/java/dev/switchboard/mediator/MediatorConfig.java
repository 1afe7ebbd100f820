package dev.switchboard.mediator;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The mediator's configuration (live-agents-mediator.md §13), read by {@link MediatorConfigReader}
 * from the {@code mediator.*} and {@code livechat.webhook.*} keys. Immutable; {@link #toString} never
 * shows the RapidPro token or the webhook secret.
 *
 * @param rapidProBaseUrl    required when enabled; no trailing slash
 * @param rapidProToken      required when enabled; sent as {@code Authorization: Token <token>}
 * @param endOfChatFlow      nullable: the "chat ended" flow uuid for {@link EndOfChat#FLOW_START}
 * @param endOfChatField     nullable: {@code key=value} for {@link EndOfChat#CONTACT_FIELD}
 * @param webhookSecret      nullable: the expected {@code X-RocketChat-Livechat-Token} of sendMessageToClient
 * @param countryMap         alpha-3 → alpha-2 overrides, keys upper case
 * @param departmentMap      department name (upper case) → its business-hours keys
 * @param retryBase          the first retry delay of RapidPro deliveries; doubled on each further attempt
 * @param webhookRetryDelay  the first retry delay of outgoing CRM webhooks; null means 4 × Livechat_http_timeout
 * @param pollInterval       how often the delivery worker looks for due items
 * @param context            what registerClient posts for the agent beside the flow results (§4.5)
 * @param notes              the agents-only notes about messages the contact did not get (§5.7, §9.2)
 * @param fileLinkTtl        how long a public file link works after it is made (§9.4): the legacy flavour's
 *                           link under the caption and {@code fileUpload.publicFilePath} of CRM webhooks
 */
public record MediatorConfig(boolean enabled, String rapidProBaseUrl, String rapidProToken, Flavour flavour,
                             String language, Duration rapidProTimeout, int rapidProMaxAttempts, int maxMessageLength,
                             LongMessageMode longMessageMode, EndOfChat endOfChat, String endOfChatFlow,
                             String endOfChatField, String agentJoinedText, String agentEndedText,
                             Duration sessionIdleTtl, String webhookSecret, Path businessHoursDir,
                             Map<String, String> countryMap, Map<String, ProjectCountry> departmentMap,
                             Duration retryBase, int webhookMaxAttempts, Duration webhookRetryDelay,
                             Duration pollInterval, Context context, Notes notes, Duration fileLinkTtl) {

    /** The RapidPro API form agent messages are sent with (§9.1). */
    public enum Flavour { BROADCASTS_LEGACY, BROADCASTS, MESSAGES }

    /** What happens to a message longer than {@code maxMessageLength} (§9.2). */
    public enum LongMessageMode { SPLIT, REJECT }

    /** How RapidPro learns that the agent ended the chat (§9.5). */
    public enum EndOfChat { STATUS, FLOW_START, CONTACT_FIELD }

    /**
     * The recent conversation posted to the agent at registration (§4.5): the last
     * {@code recentConversation} RapidPro messages (0: off), labelled by direction.
     */
    public record Context(int recentConversation, String userLabel, String botLabel) {
        public static final Context OFF = new Context(0, "Usuario", "Bot");
    }

    /**
     * The texts of the agents-only notes: {@code deliveryFailed} when RapidPro refused a message or kept
     * failing, {@code tooLong} when {@code reject} mode dropped one; {@code {max}} is the length limit,
     * {@code {text}} the start of the message.
     */
    public record Notes(String deliveryFailed, String tooLong) {
        public static final Notes DEFAULT = new Notes("This message could not be delivered to the contact: {text}",
                "A message longer than {max} characters was not delivered; please shorten it: {text}");
    }

    /** The business-hours keys of a department whose name does not follow {@code COUNTRY_PROJECT}. */
    public record ProjectCountry(String project, String country) {}

    public MediatorConfig {
        countryMap = Map.copyOf(countryMap);
        departmentMap = Map.copyOf(departmentMap);
    }

    /** The mediator switched off: the defaults of §13. */
    public static MediatorConfig disabled() {
        return new MediatorConfig(false, null, null, Flavour.BROADCASTS_LEGACY, "eng", Duration.ofSeconds(5), 3, 640,
                LongMessageMode.SPLIT, EndOfChat.STATUS, null, null, "You are now chatting with {agent.name}",
                "The agent has ended the conversation.", Duration.ofHours(24), null, Path.of("config/business-hours"),
                Map.of(), Map.of(), Duration.ofSeconds(1), 5, null, Duration.ofMillis(500), Context.OFF, Notes.DEFAULT,
                Duration.ofHours(24 * 7));
    }

    /** An enabled mediator talking to RapidPro at {@code baseUrl} (tests: a local stub), other keys at their defaults. */
    public static MediatorConfig enabled(String baseUrl, String token, Path businessHoursDir) {
        return disabled().with(true, baseUrl, token, businessHoursDir);
    }

    private MediatorConfig with(boolean on, String baseUrl, String token, Path dir) {
        return new MediatorConfig(on, baseUrl, token, flavour, language, rapidProTimeout, rapidProMaxAttempts,
                maxMessageLength, longMessageMode, endOfChat, endOfChatFlow, endOfChatField, agentJoinedText,
                agentEndedText, sessionIdleTtl, webhookSecret, dir, countryMap, departmentMap, retryBase,
                webhookMaxAttempts, webhookRetryDelay, pollInterval, context, notes, fileLinkTtl);
    }

    /** The same configuration with test-friendly delivery timing. */
    public MediatorConfig withTiming(Duration timeout, int maxAttempts, Duration firstRetry, Duration poll) {
        return new MediatorConfig(enabled, rapidProBaseUrl, rapidProToken, flavour, language, timeout, maxAttempts,
                maxMessageLength, longMessageMode, endOfChat, endOfChatFlow, endOfChatField, agentJoinedText,
                agentEndedText, sessionIdleTtl, webhookSecret, businessHoursDir, countryMap, departmentMap, firstRetry,
                maxAttempts, firstRetry, poll, context, notes, fileLinkTtl);
    }

    /** The same configuration posting the last {@code messages} RapidPro messages at registration. */
    public MediatorConfig withRecentConversation(int messages) {
        return new MediatorConfig(enabled, rapidProBaseUrl, rapidProToken, flavour, language, rapidProTimeout,
                rapidProMaxAttempts, maxMessageLength, longMessageMode, endOfChat, endOfChatFlow, endOfChatField,
                agentJoinedText, agentEndedText, sessionIdleTtl, webhookSecret, businessHoursDir, countryMap, departmentMap,
                retryBase, webhookMaxAttempts, webhookRetryDelay, pollInterval,
                new Context(messages, context.userLabel(), context.botLabel()), notes, fileLinkTtl);
    }

    /** The same configuration with another end-of-chat action and webhook secret. */
    public MediatorConfig withEndOfChat(EndOfChat action, String flowOrField, String secret) {
        return new MediatorConfig(enabled, rapidProBaseUrl, rapidProToken, flavour, language, rapidProTimeout,
                rapidProMaxAttempts, maxMessageLength, longMessageMode, action,
                action == EndOfChat.FLOW_START ? flowOrField : endOfChatFlow,
                action == EndOfChat.CONTACT_FIELD ? flowOrField : endOfChatField, agentJoinedText, agentEndedText,
                sessionIdleTtl, secret, businessHoursDir, countryMap, departmentMap, retryBase, webhookMaxAttempts,
                webhookRetryDelay, pollInterval, context, notes, fileLinkTtl);
    }

    /** The same configuration with another length limit and long-message mode. */
    public MediatorConfig withOutbound(int maxLength, LongMessageMode mode) {
        return new MediatorConfig(enabled, rapidProBaseUrl, rapidProToken, flavour, language, rapidProTimeout,
                rapidProMaxAttempts, maxLength, mode, endOfChat, endOfChatFlow, endOfChatField, agentJoinedText,
                agentEndedText, sessionIdleTtl, webhookSecret, businessHoursDir, countryMap, departmentMap, retryBase,
                webhookMaxAttempts, webhookRetryDelay, pollInterval, context, notes, fileLinkTtl);
    }

    /** The same configuration with another RapidPro API flavour and session idle time. */
    public MediatorConfig withFlavourAndIdleTtl(Flavour apiFlavour, Duration idleTtl) {
        return new MediatorConfig(enabled, rapidProBaseUrl, rapidProToken, apiFlavour, language, rapidProTimeout,
                rapidProMaxAttempts, maxMessageLength, longMessageMode, endOfChat, endOfChatFlow, endOfChatField,
                agentJoinedText, agentEndedText, idleTtl, webhookSecret, businessHoursDir, countryMap, departmentMap,
                retryBase, webhookMaxAttempts, webhookRetryDelay, pollInterval, context, notes, fileLinkTtl);
    }

    /** The same configuration with public file links working for {@code ttl}. */
    public MediatorConfig withFileLinkTtl(Duration ttl) {
        return new MediatorConfig(enabled, rapidProBaseUrl, rapidProToken, flavour, language, rapidProTimeout,
                rapidProMaxAttempts, maxMessageLength, longMessageMode, endOfChat, endOfChatFlow, endOfChatField,
                agentJoinedText, agentEndedText, sessionIdleTtl, webhookSecret, businessHoursDir, countryMap, departmentMap,
                retryBase, webhookMaxAttempts, webhookRetryDelay, pollInterval, context, notes, ttl);
    }

    /**
     * Checks what an enabled mediator needs (checklist 2).
     *
     * @throws IllegalArgumentException naming the missing or malformed key
     */
    public MediatorConfig validated() {
        if (!enabled) return this;
        if (rapidProBaseUrl == null || rapidProBaseUrl.isBlank()) {
            throw new IllegalArgumentException("mediator.rapidpro.base-url is required when mediator.enabled is true");
        }
        URI uri;
        try {
            uri = URI.create(rapidProBaseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mediator.rapidpro.base-url is not a URL: " + e.getMessage());
        }
        if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("mediator.rapidpro.base-url must be an http(s) URL such as https://rapidpro.example.org");
        }
        if (rapidProToken == null || rapidProToken.isBlank()) {
            throw new IllegalArgumentException("mediator.rapidpro.api-token is required when mediator.enabled is true");
        }
        if (endOfChat == EndOfChat.FLOW_START && endOfChatFlow == null) {
            throw new IllegalArgumentException("mediator.end-of-chat-flow-uuid is required with mediator.end-of-chat = flow-start");
        }
        if (endOfChat == EndOfChat.CONTACT_FIELD && (endOfChatField == null || !endOfChatField.contains("="))) {
            throw new IllegalArgumentException("mediator.end-of-chat-contact-field must be key=value with mediator.end-of-chat = contact-field");
        }
        return this;
    }

    /** The RapidPro base URL without a trailing slash. */
    public String baseUrl() {
        return rapidProBaseUrl.endsWith("/") ? rapidProBaseUrl.substring(0, rapidProBaseUrl.length() - 1) : rapidProBaseUrl;
    }

    @Override
    public String toString() {
        return "MediatorConfig[enabled=" + enabled + ", rapidProBaseUrl=" + rapidProBaseUrl + ", rapidProToken="
                + (rapidProToken == null ? null : "***") + ", flavour=" + flavour + ", endOfChat=" + endOfChat
                + ", webhookSecret=" + (webhookSecret == null ? null : "***") + ", businessHoursDir=" + businessHoursDir + "]";
    }
}
