package dev.switchboard.api.livechat;

import dev.switchboard.core.agentchat.ArchiveSearch;
import dev.switchboard.core.agentchat.BotDelegation;
import dev.switchboard.core.agentchat.ChatClosing;
import dev.switchboard.core.agentchat.ChatEventService;
import dev.switchboard.core.agentchat.ChatFollowing;
import dev.switchboard.core.agentchat.ChatMembership;
import dev.switchboard.core.agentchat.ChatTransfer;
import dev.switchboard.core.agentchat.EventPreviews;
import dev.switchboard.core.agentchat.RichMessagePostbacks;
import dev.switchboard.core.agentchat.ThreadListing;
import dev.switchboard.core.agentchat.ThreadSummaries;
import dev.switchboard.core.agentchat.ChatReader;
import dev.switchboard.core.agentchat.ChatStarter;
import dev.switchboard.core.auth.AccountService;
import dev.switchboard.core.files.AgentUploads;

/**
 * The core services the LiveChat v3.6 adapter calls, wired by the server. {@code publicUrl} is the
 * configured public URL (nullable: derived from each request).
 */
public record AgentChatServices(
        AccountService accounts,
        BotDelegation bots,
        ChatReader chatReader,
        ChatEventService chatEvents,
        ChatClosing chatClosing,
        String publicUrl,
        ChatFollowing chatFollowing,
        ChatMembership chatMembership,
        ChatTransfer chatTransfer,
        ThreadListing threadListing,
        EventPreviews eventPreviews,
        RichMessagePostbacks postbacks,
        ThreadSummaries threadSummaries,
        ChatStarter chatStarter,
        ArchiveSearch archiveSearch,
        AgentUploads uploads) {}
