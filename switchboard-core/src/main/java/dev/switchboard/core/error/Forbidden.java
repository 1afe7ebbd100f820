package dev.switchboard.core.error;

import java.util.Map;

/** The caller is known but may not do this. */
public final class Forbidden extends SwitchboardException {
    public Forbidden(String code, String reason) { super(code, reason, null); }

    public Forbidden(String code, String reason, Map<String, Object> details) { super(code, reason, details); }
}
