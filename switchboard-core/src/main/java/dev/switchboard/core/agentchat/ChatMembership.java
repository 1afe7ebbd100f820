package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.ChatMember;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import java.time.Clock;

/**
 * LiveChat {@code add_user_to_chat} / {@code remove_user_from_chat} (§4.11, §4.12): agents (and bots)
 * join a chat beside the agent serving its thread, as chat members. A chat has exactly one customer,
 * its contact: "adding" that customer again changes nothing, any other customer is {@code validation}.
 * The serving agent is not a member; it leaves through {@code transfer_chat} or closing. Thread-safe.
 */
public final class ChatMembership {
    private final Store store;
    private final Clock clock;
    private final EventBus bus;

    public ChatMembership(Store store, Clock clock, EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
    }

    /**
     * @param customer   whether {@code userId} names a customer ({@code user_type})
     * @param visibility {@code all} or {@code agents}
     * @throws NotFound  {@code chat}, {@code user}
     * @throws Forbidden {@code missing_access} (requester or added agent), {@code authorization}
     * @throws Invalid   {@code validation}: a second customer, a customer seen only by agents
     * @throws dev.switchboard.core.error.Conflict {@code chat_inactive}
     */
    public void add(User requester, String chatId, String userId, boolean customer, String visibility,
                    boolean ignoreRequesterPresence) {
        AfterCommit after = new AfterCommit();
        store.write(tx -> {
            ChatLookup found = ChatLookup.of(tx, requester, chatId);
            Thread open = found.requireActive();
            found.requirePresence(tx, requester, ignoreRequesterPresence);
            if (customer) {
                if (!"all".equals(visibility)) throw new Invalid("validation", "A customer must be added with visibility all");
                if (!found.chat().contactId().equals(userId)) {
                    throw new Invalid("validation", "A chat can have only one customer");
                }
                return null;
            }
            User agent = tx.users().findById(userId).filter(User::active)
                    .filter(u -> u.hasRole(Role.LIVECHAT_AGENT) || u.hasRole(Role.BOT))
                    .orElseThrow(() -> new NotFound("user", "User not found"));
            ChatReader.requireVisible(tx, agent, found.chat(), open);
            boolean serving = open.agent() != null && open.agent().id().equals(agent.id());
            if (!serving) {
                tx.chats().addMember(new ChatMember(chatId, agent.id(), visibility, clock.instant()));
                after.add(new DomainEvent.UserAddedToChat(open, chatId, agent, visibility, requester.id()));
            }
            return null;
        });
        after.publishTo(bus);
    }

    /**
     * Removes an added agent; the requester may always remove itself.
     *
     * @throws NotFound  {@code chat}; {@code user} when the user is not a member of the chat
     * @throws Forbidden {@code missing_access}, {@code authorization}
     */
    public void remove(User requester, String chatId, String userId, boolean ignoreRequesterPresence) {
        AfterCommit after = new AfterCommit();
        store.write(tx -> {
            ChatLookup found = ChatLookup.of(tx, requester, chatId);
            found.requirePresence(tx, requester, ignoreRequesterPresence || requester.id().equals(userId));
            if (!tx.chats().removeMember(chatId, userId)) throw new NotFound("user", "User is not a member of the chat");
            if (found.latest() != null) {
                after.add(new DomainEvent.UserRemovedFromChat(found.latest(), chatId, userId, requester.id()));
            }
            return null;
        });
        after.publishTo(bus);
    }
}
