package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.SurveyFeedback;
import dev.switchboard.core.store.SurveyStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SurveyStore} on the {@code thread_surveys} table: one row per thread, the answers as a JSON
 * array of {@code {"name","value"}} objects so their order survives (a JSON object's keys would be
 * sorted by the codec).
 */
final class SurveyRepository implements SurveyStore {
    private final Tx tx;

    SurveyRepository(Tx tx) { this.tx = tx; }

    @Override
    public void put(SurveyFeedback feedback) {
        List<Map<String, String>> data = new ArrayList<>();
        for (SurveyFeedback.Item item : feedback.items()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", item.name());
            entry.put("value", item.value());
            data.add(entry);
        }
        tx.execute(tx.update("INSERT INTO thread_surveys (thread_id, data, created_at) VALUES (:threadId, :data, :at)"
                        + " ON CONFLICT (thread_id) DO UPDATE SET data = excluded.data, created_at = excluded.created_at")
                .bind("threadId", feedback.threadId())
                .bind("data", tx.json.write(data))
                .bind("at", Columns.millis(feedback.createdAt())));
    }

    @Override
    public Optional<SurveyFeedback> findByThread(String threadId) {
        return tx.query("SELECT thread_id, data, created_at FROM thread_surveys WHERE thread_id = :threadId")
                .bind("threadId", threadId)
                .map((rs, ctx) -> new SurveyFeedback(rs.getString("thread_id"), items(rs.getString("data")),
                        Columns.instant(rs, "created_at")))
                .findOne();
    }

    private List<SurveyFeedback.Item> items(String json) {
        List<SurveyFeedback.Item> items = new ArrayList<>();
        if (tx.json.value(json) instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> m) items.add(new SurveyFeedback.Item((String) m.get("name"), (String) m.get("value")));
            }
        }
        return items;
    }
}
