package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.render.MessageJson;
import dev.switchboard.core.error.Failures;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The legacy DDP send, {@code sendMessageLivechat} (rocketchat-livechat.md §5.8): the client picks the room
 * id before its first message, and the room opens with it. Into a room this session has already posted
 * to, a send is one queued write (the room check and the message), so it runs ahead of the connection's
 * earlier calls and many can share a group-commit batch. The first send into a room may open it (a
 * read, routing, then the message), so it waits its turn and runs on the connection's thread.
 */
final class LegacySend implements PipelinedMethod, DdpMethod {
    private final RocketChatServices s;

    LegacySend(RocketChatServices s) { this.s = s; }

    /** The send's fields, checked before anything is written. */
    private record Message(String id, String rid, String text, String token) {
        static Message of(JsonNode m) {
            String id = Args.requiredString(m, "_id");
            String rid = Args.requiredString(m, "rid");
            String text = Args.requiredString(m, "msg");
            String token = Args.optionalString(m, "token");
            if (token == null || token.isEmpty()) throw new Invalid("invalid-token", null);
            return new Message(id, rid, text, token);
        }
    }

    @Override
    public CompletableFuture<?> callAhead(DdpSession session, JsonNode params) {
        Message m = Message.of(Args.object(params, 0));
        if (!session.hasPostedTo(m.rid())) return null;
        // Rooms are never deleted, so a room this session posted to still exists (closed, it refuses the message).
        return s.messages().sendToExistingRoom(m.token(), m.rid(), m.text(), m.id())
                .thenApply(posted -> answer(posted.orElseThrow(() -> new Invalid("error-invalid-room", "Invalid room")), false));
    }

    @Override
    public Object call(DdpSession session, JsonNode params) {
        Message m = Message.of(Args.object(params, 0));
        Optional<Event> posted = awaited(s.messages().sendToExistingRoom(m.token(), m.rid(), m.text(), m.id()));
        boolean newRoom = posted.isEmpty() && s.rooms().openWithId(m.token(), m.rid(), new Thread.ThreadSource("api", null));
        Event message = posted.orElseGet(() -> s.messages().sendFromVisitor(m.token(), m.rid(), m.text(), m.id()));
        session.postedTo(m.rid());
        return answer(message, newRoom);
    }

    private static Obj answer(Event message, boolean newRoom) {
        return MessageJson.of(message).with("newRoom", newRoom).with("showConnecting", false);
    }

    private static <T> T awaited(CompletableFuture<T> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (Failures.cause(e) instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }
}
