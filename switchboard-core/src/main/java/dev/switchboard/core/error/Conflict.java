package dev.switchboard.core.error;

import java.util.Map;

/** The request clashes with the current state (already taken, already closed, duplicate name). */
public final class Conflict extends SwitchboardException {
    public Conflict(String code, String reason) { super(code, reason, null); }

    public Conflict(String code, String reason, Map<String, Object> details) { super(code, reason, details); }
}
