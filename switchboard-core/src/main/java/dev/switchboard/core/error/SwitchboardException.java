package dev.switchboard.core.error;

import java.util.Map;

/**
 * A typed failure of a use case. Each adapter maps the kinds to its protocol's error shape. The code
 * is a stable machine-readable identifier (Rocket.Chat's vocabulary, e.g. {@code invalid-token});
 * the reason is human text. Three forms exist because Rocket.Chat clients see three:
 * <ul>
 *   <li>reason null: a plain error whose whole text is the code ({@code "invalid-token"}, or a
 *       sentence such as {@code "The user is invalid"});</li>
 *   <li>reason empty: a coded error without text ({@code "[invalid-token]"});</li>
 *   <li>code empty and reason null: a bare failure with no text at all.</li>
 * </ul>
 */
public abstract sealed class SwitchboardException extends RuntimeException
        permits NotFound, Conflict, Forbidden, Invalid, Unauthenticated {

    private final String code;
    private final String reason;
    private final Map<String, Object> details;

    protected SwitchboardException(String code, String reason, Map<String, Object> details) {
        super(reason == null ? code : reason + " [" + code + "]", null, false, false);
        this.code = code;
        this.reason = reason;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public String code() { return code; }

    /** Nullable: a null reason means the protocol sends only the code. */
    public String reason() { return reason; }

    public Map<String, Object> details() { return details; }
}
