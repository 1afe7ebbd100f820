package dev.switchboard.core.store;

import dev.switchboard.core.model.SurveyFeedback;
import java.util.Optional;

/** Survey answers, at most one set per thread. */
public interface SurveyStore {
    /** Stores the answers of a thread, replacing any it had. The thread must exist. */
    void put(SurveyFeedback feedback);

    Optional<SurveyFeedback> findByThread(String threadId);
}
