package dev.switchboard.api.livechat.internal;

import dev.switchboard.core.error.SwitchboardException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any failure of an action as the LiveChat error to answer with, for the Web API and RTM alike: the
 * adapter's own {@link ApiError}s as they are, the core's typed errors through {@link ErrorMapping},
 * anything else logged and answered {@code internal} (never a stack trace on the wire).
 */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    /** @param where names the action, for the log */
    public static ApiError of(RuntimeException e, String where) {
        if (e instanceof ApiError a) return a;
        if (e instanceof SwitchboardException s) return ErrorMapping.of(s);
        LOG.error("unhandled error on LiveChat action {}", where, e);
        return ApiError.internal();
    }
}
