package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Conflict;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.livechat.InquiryService;
import dev.switchboard.core.livechat.TransferService;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Department;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.UserStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * LiveChat {@code transfer_chat} and {@code list_agents_for_transfer} (§4.10, §4.38). A transfer is
 * the very transfer of Rocket.Chat's {@code livechat/room.forward} ({@link TransferService}): one
 * atomic step with the {@code livechat_transfer_history} message, so both APIs see one history.
 * The checks LiveChat adds (chat active, requester present, target's access, an agent free at once
 * unless {@code ignore_agents_availability}) run first; the transfer's
 * {@link DomainEvent.ChatTransferred}, which Rocket.Chat forwards publish too, tells LiveChat clients
 * who asked and where it went.
 *
 * <p>A transfer of a queued chat to the requester itself is LiveChat's way of taking it from the queue:
 * that is Rocket.Chat's {@code inquiries.take} ({@link InquiryService#take}), so that of two agents
 * taking the same chat at once exactly one wins and the other gets {@code not_allowed}, rather than the
 * second transferring the chat away from the first. Thread-safe.
 */
public final class ChatTransfer {
    private final Store store;
    private final TransferService transfers;
    private final InquiryService inquiries;

    public ChatTransfer(Store store, TransferService transfers, InquiryService inquiries) {
        this.store = store;
        this.transfers = transfers;
        this.inquiries = inquiries;
    }

    /**
     * Where a chat goes: an agent, a department, or (both null) back to its own department's queue.
     */
    public record Target(String agentId, String departmentId) {}

    /** @param queued the open thread's inquiry while it waits in the queue; else null */
    private record Checked(Thread open, User agent, Inquiry queued) {}

    /**
     * @throws NotFound  {@code chat}, {@code agent}, {@code group}
     * @throws Forbidden {@code missing_access} (requester, or the target agent cannot see the chat),
     *                   {@code authorization} (requester not in the chat), {@code group_unavailable}
     * @throws dev.switchboard.core.error.Conflict {@code chat_inactive}
     */
    public void transfer(User requester, String chatId, Target target, boolean ignoreRequesterPresence,
                         boolean ignoreAgentsAvailability) {
        Checked checked = store.read(tx -> {
            ChatLookup found = ChatLookup.of(tx, requester, chatId);
            Thread open = found.requireActive();
            found.requirePresence(tx, requester, ignoreRequesterPresence);
            User agent = null;
            if (target.agentId() != null) {
                agent = tx.users().findById(target.agentId()).filter(User::active)
                        .filter(u -> u.hasRole(Role.LIVECHAT_AGENT)).orElseThrow(() -> new NotFound("agent", "Agent not found"));
                ChatReader.requireVisible(tx, agent, found.chat(), open);
                if (!agent.isOnlineAgent()) throw unavailable();
            } else if (target.departmentId() != null) {
                tx.departments().findById(target.departmentId()).filter(Department::enabled)
                        .orElseThrow(() -> new NotFound("group", "Group not found"));
            }
            Inquiry queued = open.agent() != null ? null : tx.inquiries().findByThread(open.id())
                    .filter(i -> i.status() == Inquiry.InquiryStatus.QUEUED).orElse(null);
            return new Checked(open, agent, queued);
        });
        Thread open = checked.open();
        if (checked.agent() != null && checked.agent().id().equals(requester.id()) && checked.queued() != null) {
            take(requester, checked.queued());
            return;
        }
        String current = open.agent() == null ? null : open.agent().id();
        String department = target.departmentId() != null ? target.departmentId() : open.departmentId();
        if (checked.agent() == null && !ignoreAgentsAvailability && !transfers.agentAvailable(department, current)) {
            throw unavailable();
        }
        if (checked.agent() != null || target.departmentId() != null) {
            transfers.forward(requester, new TransferService.Forward(open.id(), target.agentId(), target.departmentId(), null));
        } else {
            transfers.forwardWithinDepartment(requester, open.id());
        }
    }

    private void take(User requester, Inquiry queued) {
        try {
            inquiries.take(requester, queued.id(), null);
        } catch (Conflict taken) {
            throw new Conflict("not_allowed", "Another agent took the chat first");
        }
    }

    /** An agent and its open chats, for {@link #agentsForTransfer}. */
    public record AgentLoad(String agentId, long activeChats) {}

    /**
     * The agents the chat could go to: present (online or not accepting chats), able to see the chat,
     * and not already serving it; fewest open chats first.
     */
    public List<AgentLoad> agentsForTransfer(User requester, String chatId) {
        return store.read(tx -> {
            ChatLookup found = ChatLookup.of(tx, requester, chatId);
            Thread latest = found.latest();
            var agents = tx.users().list(new UserStore.UserQuery(Role.LIVECHAT_AGENT, null, false, null, true),
                    PageRequest.all()).items();
            List<AgentLoad> out = new ArrayList<>();
            for (User agent : agents) {
                if (!agent.active() || latest != null && latest.agent() != null && latest.agent().id().equals(agent.id())) continue;
                if (!ChatAccess.canSee(agent, latest, tx.departments().departmentIdsOfAgent(agent.id()),
                        tx.chats().members(chatId))) {
                    continue;
                }
                out.add(new AgentLoad(agent.id(), tx.threads().countOpenServedBy(agent.id())));
            }
            out.sort(Comparator.comparingLong(AgentLoad::activeChats).thenComparing(AgentLoad::agentId));
            return out;
        });
    }

    private static Forbidden unavailable() {
        return new Forbidden("group_unavailable", "No agent available for group");
    }
}
