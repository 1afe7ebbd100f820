package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.query;
import static dev.switchboard.api.rocketchat.internal.Requests.user;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.PeriodParams;
import dev.switchboard.core.store.AnalyticsStore.Timing;
import io.javalin.http.Context;
import java.util.List;

/**
 * The managers' dashboard, {@code livechat/analytics/dashboards/…}: totalizers are lists of
 * {@code {title, value}} (times as {@code HH:MM:SS} text, as upstream's), charts are objects of
 * numbers (times in seconds). Every route takes {@code start}, {@code end} and an optional
 * {@code departmentId}, and counts the rooms created in that period.
 */
public final class AnalyticsRoutes {
    private static final String BASE = "/api/v1/livechat/analytics/dashboards/";

    private AnalyticsRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.get(BASE + "conversation-totalizers", ctx -> {
            var t = s.dashboard().conversationTotals(user(ctx, s.accounts()), period(ctx));
            ok(ctx, Obj.of("totalizers", List.of(total("Total_conversations", t.conversations()),
                    total("Open_conversations", t.open()), total("On_Hold_conversations", t.onHold()),
                    total("Total_messages", t.messages()), total("Total_visitors", t.visitors()))));
        });
        r.get(BASE + "productivity-totalizers", ctx -> {
            var t = s.dashboard().timings(user(ctx, s.accounts()), period(ctx));
            ok(ctx, Obj.of("totalizers", List.of(total("Avg_first_response_time", hhmmss(t.firstResponse())),
                    total("Avg_reaction_time", hhmmss(t.reaction())), total("Avg_of_waiting_time", hhmmss(t.waiting())))));
        });
        r.get(BASE + "charts/chats", ctx -> {
            var c = s.dashboard().chatStates(user(ctx, s.accounts()), period(ctx));
            ok(ctx, Obj.of("open", c.open(), "closed", c.closed(), "queued", c.queued(), "onhold", c.onHold()));
        });
        r.get(BASE + "charts/timings", ctx -> {
            var t = s.dashboard().timings(user(ctx, s.accounts()), period(ctx));
            ok(ctx, Obj.of("response", timing(t.firstResponse()), "reaction", timing(t.reaction()),
                    "waiting", timing(t.waiting()), "chatDuration", timing(t.chatDuration())));
        });
    }

    /** The caller is authenticated before its parameters are judged, as upstream's route options do. */
    private static dev.switchboard.core.store.AnalyticsStore.Period period(Context ctx) {
        return PeriodParams.from(query(ctx));
    }

    private static Obj total(String title, Object value) { return Obj.of("title", title, "value", value); }

    private static Obj timing(Timing t) { return Obj.of("avg", round(t.avgSeconds()), "longest", round(t.longestSeconds())); }

    private static double round(double seconds) { return Math.round(seconds * 100) / 100.0; }

    /** Whole seconds as {@code HH:MM:SS}; hours go past 99 rather than wrap. */
    static String hhmmss(Timing t) {
        long s = Math.round(t.avgSeconds());
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
