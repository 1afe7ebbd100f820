package dev.switchboard.server.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.switchboard.core.error.SwitchboardException;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.livechat.DepartmentService.DepartmentFields;
import dev.switchboard.core.livechat.RoomRequest;
import dev.switchboard.core.livechat.TransferService.Forward;
import dev.switchboard.core.livechat.VisitorRegistration;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.routing.OpenLoad;
import dev.switchboard.core.routing.WaitingInquiry;
import dev.switchboard.core.settings.SettingsCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property test of routing (routing issue, "Done when"): random sequences of arrivals, availability
 * and presence changes, transfers, closes, limit and method changes, on the real services and store.
 * After every step the invariants must hold:
 * <ol>
 *   <li>no chat is assigned to two agents (a thread's agent and its inquiry's taker agree);</li>
 *   <li>no agent is given a chat above its limit (agent, then department, then global; 0 = unset);</li>
 *   <li>no inquiry waits while an online, eligible agent has room;</li>
 *   <li>FIFO within a department: an inquiry is never assigned while an older one of its department,
 *       which the same agent could take, still waits.</li>
 * </ol>
 * The limits are mirrored here and checked by an oracle written independently of the engine. A
 * failure names the seed and step, so it can be replayed exactly.
 */
class RoutingInvariantsTest {
    private static final List<String> METHODS = List.of("Auto_Selection", "Load_Balancing", "Load_Rotation");
    private static final int STEPS = 160;

    private final Map<String, Long> ownLimits = new HashMap<>();
    private final Map<String, Long> departmentLimits = new HashMap<>();
    private long globalLimit;
    private final List<String> openRooms = new ArrayList<>();
    /** A room this step forwarded to a named agent: a person's choice, not routing's, so FIFO does not bind it. */
    private String forwardedToAgent;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void random_sequences_keep_the_routing_invariants(long seed, @TempDir Path dir) {
        Random random = new Random(seed);
        try (RoutingWorld w = new RoutingWorld(dir, 5, 3)) {
            for (int step = 0; step < STEPS; step++) {
                w.tick();
                w.events.clear();
                forwardedToAgent = null;
                String op = act(w, random);
                try {
                    check(w);
                } catch (AssertionError e) {
                    fail("seed " + seed + ", step " + step + " (" + op + "): " + e.getMessage(), e);
                }
            }
        }
    }

    private String act(RoutingWorld w, Random r) {
        int dice = r.nextInt(100);
        User agent = w.agents.get(r.nextInt(w.agents.size()));
        try {
            if (dice < 35) return arrive(w, r);
            if (dice < 50 && !openRooms.isEmpty()) {
                String rid = openRooms.remove(r.nextInt(openRooms.size()));
                w.s.closing().closeByUser(w.admin, rid, "done", null);
                return "close " + rid;
            }
            if (dice < 60) {
                var status = r.nextBoolean() ? LivechatStatus.AVAILABLE : LivechatStatus.NOT_AVAILABLE;
                w.s.agentStatus().set(w.admin, agent.id(), status);
                return "status " + agent.username() + " " + status;
            }
            if (dice < 66) {
                String presence = r.nextInt(3) == 0 ? "offline" : "online";
                w.s.settings().set(SettingsCatalog.AGENT_LEAVE_ACTION, r.nextBoolean() ? "none" : "forward");
                w.s.accounts().setStatus(w.admin, presence, null, agent.id(), null);
                return "presence " + agent.username() + " " + presence;
            }
            if (dice < 76 && !openRooms.isEmpty()) {
                String rid = openRooms.get(r.nextInt(openRooms.size()));
                boolean toAgent = r.nextBoolean();
                if (toAgent) forwardedToAgent = rid;
                w.s.transfers().forward(w.admin, new Forward(rid, toAgent ? agent.id() : null,
                        toAgent ? null : w.departments.get(r.nextInt(w.departments.size())), "moving"));
                return "forward " + rid + (toAgent ? " to " + agent.username() : " to a department");
            }
            if (dice < 82) {
                long limit = r.nextInt(4);
                w.s.agentStatus().setMaxChats(w.admin, agent.id(), limit);
                ownLimits.put(agent.id(), limit);
                return "agent limit " + agent.username() + " " + limit;
            }
            if (dice < 88) {
                String dept = w.departments.get(r.nextInt(w.departments.size()));
                long limit = r.nextInt(4);
                var current = w.s.departments().get(w.admin, dept).orElseThrow().department();
                w.s.departments().update(w.admin, dept, new DepartmentFields(current.name(), true, true, true, null, null,
                        limit), null);
                departmentLimits.put(dept, limit);
                return "department limit " + dept + " " + limit;
            }
            if (dice < 94) {
                globalLimit = r.nextInt(4);
                w.s.settings().set(SettingsCatalog.MAX_CHATS_PER_AGENT, globalLimit);
                return "global limit " + globalLimit;
            }
            String method = METHODS.get(r.nextInt(METHODS.size()));
            w.s.settings().set(SettingsCatalog.ROUTING_METHOD, method);
            return "method " + method;
        } catch (SwitchboardException refused) {
            return "refused: " + refused.code(); // a transfer to an offline or full agent, say: the state must still hold
        }
    }

    private String arrive(RoutingWorld w, Random r) {
        String token = UUID.randomUUID().toString();
        String dept = r.nextInt(4) == 0 ? null : w.departments.get(r.nextInt(w.departments.size()));
        w.s.settings().set(SettingsCatalog.ACCEPT_WITH_NO_AGENTS, true);
        w.s.visitors().register(new VisitorRegistration(token, "V", null, null, dept, null, List.of(), null));
        String rid = w.s.rooms().getOrCreate(new RoomRequest(token, null, null, new Thread.ThreadSource("api", null)))
                .room().thread().id();
        openRooms.add(rid);
        return "arrival in " + dept;
    }

    private void check(RoutingWorld w) {
        w.store.read(tx -> {
            Map<String, Map<String, Long>> loads = new HashMap<>();
            for (OpenLoad l : tx.routing().openLoads(null)) {
                loads.computeIfAbsent(l.agentId(), k -> new HashMap<>()).merge(String.valueOf(l.departmentId()), l.count(), Long::sum);
            }
            Map<String, List<String>> membership = new HashMap<>();
            for (String d : w.departments) membership.put(d, tx.departments().agentIds(d));
            // 1. one agent per chat
            for (String rid : openRooms) {
                Thread t = tx.threads().findById(rid).orElseThrow();
                Inquiry i = tx.inquiries().findByThread(rid).orElseThrow();
                if (i.status() == Inquiry.InquiryStatus.TAKEN) {
                    assertThat(t.agent()).as("agent of taken " + rid).isNotNull();
                    assertThat(t.agent().id()).as("agent of " + rid).isEqualTo(i.takenBy());
                } else {
                    assertThat(t.agent()).as("agent of waiting " + rid).isNull();
                }
            }
            // 2. nobody was given a chat beyond its limit: the load each assignment saw is the load after the
            // step less the same agent's later assignments of this step that count in the same scope (a
            // department limit counts that department only, so the agent's total may legitimately exceed
            // the global limit through it).
            List<DomainEvent.AgentAssigned> assigned = w.events.stream()
                    .filter(DomainEvent.AgentAssigned.class::isInstance).map(DomainEvent.AgentAssigned.class::cast).toList();
            for (int n = 0; n < assigned.size(); n++) {
                var a = assigned.get(n);
                String agent = a.agent().id();
                String dept = a.thread().departmentId();
                boolean departmentScope = dept != null && limitSource(agent, dept) == 'd';
                long later = assigned.subList(n + 1, assigned.size()).stream()
                        .filter(b -> b.agent().id().equals(agent))
                        .filter(b -> !departmentScope || dept.equals(b.thread().departmentId())).count();
                long limit = limit(agent, dept);
                assertThat(count(loads, agent, dept, departmentScope) - later)
                        .as(a.agent().username() + " on getting " + a.thread().id() + " in " + dept
                                + " (limits: own " + ownLimits + ", departments " + departmentLimits + ", global "
                                + globalLimit + "; loads " + loads + ")")
                        .isLessThanOrEqualTo(limit == 0 ? Long.MAX_VALUE : limit);
            }
            // 3. nothing waits while someone eligible has room
            List<WaitingInquiry> waiting = tx.routing().waiting();
            for (WaitingInquiry q : waiting) {
                for (User agent : w.agents) {
                    User now = tx.users().findById(agent.id()).orElseThrow();
                    if (!now.isOnlineAgent() || now.id().equals(q.excludedAgentId())) continue;
                    if (q.departmentId() != null && !membership.get(q.departmentId()).contains(now.id())) continue;
                    long limit = limit(now.id(), q.departmentId());
                    long used = count(loads, now.id(), q.departmentId(), q.departmentId() != null && limitSource(now.id(), q.departmentId()) == 'd');
                    assertThat(limit != 0 && used >= limit)
                            .as(q.threadId() + " waits while " + now.username() + " has room (" + used + "/" + limit + ")")
                            .isTrue();
                }
            }
            // 4. FIFO within a department
            for (DomainEvent e : w.events) {
                if (e instanceof DomainEvent.AgentAssigned a && !a.thread().id().equals(forwardedToAgent)) {
                    for (WaitingInquiry q : waiting) {
                        boolean sameQueue = java.util.Objects.equals(q.departmentId(), a.inquiry().departmentId());
                        if (sameQueue && q.queuedAt().isBefore(a.inquiry().queuedAt())
                                && !a.agent().id().equals(q.excludedAgentId())) {
                            fail(q.threadId() + " is older than " + a.thread().id() + " yet still waits");
                        }
                    }
                }
            }
            return null;
        });
    }

    /** The limit that applies, by the documented precedence; 0: unlimited. */
    private long limit(String agent, String dept) {
        return switch (limitSource(agent, dept)) {
            case 'a' -> ownLimits.get(agent);
            case 'd' -> departmentLimits.get(dept);
            case 'g' -> globalLimit;
            default -> 0;
        };
    }

    private char limitSource(String agent, String dept) {
        if (ownLimits.getOrDefault(agent, 0L) > 0) return 'a';
        if (dept != null && departmentLimits.getOrDefault(dept, 0L) > 0) return 'd';
        return globalLimit > 0 ? 'g' : '-';
    }

    private static long count(Map<String, Map<String, Long>> loads, String agent, String dept, boolean inDepartmentOnly) {
        var mine = loads.getOrDefault(agent, Map.of());
        if (inDepartmentOnly) return mine.getOrDefault(dept, 0L);
        return mine.values().stream().mapToLong(Long::longValue).sum();
    }
}
