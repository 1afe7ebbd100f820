package dev.switchboard.core.error;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What failed, seen through the wrappers that futures put around an asynchronous call's exception. */
public final class Failures {
    private Failures() {}

    /** The exception the asynchronous work itself threw. */
    public static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
