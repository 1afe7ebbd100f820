package dev.switchboard.api.livechat;

import dev.switchboard.core.agentchat.AgentLogout;
import dev.switchboard.core.agentchat.ArchiveSearch;
import dev.switchboard.core.agentchat.BotDelegation;
import dev.switchboard.core.agentchat.ChatClosing;
import dev.switchboard.core.agentchat.ChatEventService;
import dev.switchboard.core.agentchat.ChatFollowing;
import dev.switchboard.core.agentchat.ChatMembership;
import dev.switchboard.core.agentchat.ChatReader;
import dev.switchboard.core.agentchat.ChatSignals;
import dev.switchboard.core.agentchat.ChatStarter;
import dev.switchboard.core.agentchat.ChatTransfer;
import dev.switchboard.core.agentchat.CustomerService;
import dev.switchboard.core.agentchat.EventPreviews;
import dev.switchboard.core.agentchat.MulticastService;
import dev.switchboard.core.agentchat.PropertyService;
import dev.switchboard.core.agentchat.RichMessagePostbacks;
import dev.switchboard.core.agentchat.RoutingStatuses;
import dev.switchboard.core.agentchat.ThreadListing;
import dev.switchboard.core.agentchat.ThreadSummaries;
import dev.switchboard.core.agentchat.ThreadTagging;
import dev.switchboard.core.auth.AccountService;
import dev.switchboard.core.files.AgentUploads;
import dev.switchboard.core.livechat.AgentConnections;
import dev.switchboard.core.livechat.AgentStatusService;
import dev.switchboard.core.realtime.Hub;

/**
 * The core services the LiveChat v3.6 adapter calls, wired by the server. {@code publicUrl} is the
 * configured public URL (nullable: derived from each request). {@code agentStatus} and {@code hub} serve
 * RTM: auto-away ({@code set_away_status}) and pushes. {@code connections} is the node's presence held by
 * realtime connections, shared with the Rocket.Chat DDP endpoint: an RTM session counts as one.
 */
public record AgentChatServices(
        AccountService accounts,
        BotDelegation bots,
        ChatReader chatReader,
        ChatEventService chatEvents,
        ChatClosing chatClosing,
        String publicUrl,
        AgentStatusService agentStatus,
        Hub hub,
        PropertyService properties,
        ThreadTagging tagging,
        CustomerService customers,
        RoutingStatuses routingStatuses,
        ChatSignals signals,
        MulticastService multicast,
        AgentLogout logout,
        ChatFollowing chatFollowing,
        ChatMembership chatMembership,
        ChatTransfer chatTransfer,
        ThreadListing threadListing,
        EventPreviews eventPreviews,
        RichMessagePostbacks postbacks,
        ThreadSummaries threadSummaries,
        ChatStarter chatStarter,
        ArchiveSearch archiveSearch,
        AgentUploads uploads,
        AgentConnections connections) {}
