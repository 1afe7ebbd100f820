package dev.switchboard.core.error;

import java.util.Map;

/** The caller's credentials are missing or wrong. */
public final class Unauthenticated extends SwitchboardException {
    public Unauthenticated(String code, String reason) { super(code, reason, null); }

    public Unauthenticated(String code, String reason, Map<String, Object> details) { super(code, reason, details); }
}
