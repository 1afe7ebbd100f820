package dev.switchboard.core.error;

import java.util.Map;

/** Something named does not exist (or is not visible to the caller). */
public final class NotFound extends SwitchboardException {
    public NotFound(String code, String reason) { super(code, reason, null); }

    public NotFound(String code, String reason, Map<String, Object> details) { super(code, reason, details); }
}
