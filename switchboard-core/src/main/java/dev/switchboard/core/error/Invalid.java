package dev.switchboard.core.error;

import java.util.Map;

/** The request is malformed or breaks a rule of the use case. */
public final class Invalid extends SwitchboardException {
    public Invalid(String code, String reason) { super(code, reason, null); }

    public Invalid(String code, String reason, Map<String, Object> details) { super(code, reason, details); }
}
