package dev.switchboard.api.rocketchat;

import dev.switchboard.core.analytics.DashboardService;
import dev.switchboard.core.auth.AccountService;
import dev.switchboard.core.hours.BusinessHoursService;
import dev.switchboard.core.files.FileAccess;
import dev.switchboard.core.files.FileService;
import dev.switchboard.core.livechat.AgentConnections;
import dev.switchboard.core.livechat.AgentMessageService;
import dev.switchboard.core.livechat.ClosingService;
import dev.switchboard.core.livechat.DepartmentService;
import dev.switchboard.core.livechat.InquiryService;
import dev.switchboard.core.livechat.LivechatUserService;
import dev.switchboard.core.livechat.MessageEditService;
import dev.switchboard.core.livechat.MessageService;
import dev.switchboard.core.livechat.OfflineMessageService;
import dev.switchboard.core.livechat.SurveyService;
import dev.switchboard.core.livechat.TranscriptService;
import dev.switchboard.core.livechat.RoomAccess;
import dev.switchboard.core.livechat.PageVisitService;
import dev.switchboard.core.livechat.TransferService;
import dev.switchboard.core.livechat.AgentStatusService;
import dev.switchboard.core.livechat.RoomQueries;
import dev.switchboard.core.livechat.TypingService;
import dev.switchboard.core.realtime.Hub;
import dev.switchboard.core.livechat.RoomService;
import dev.switchboard.core.livechat.RoomVisitorService;
import dev.switchboard.core.livechat.VisitorService;
import dev.switchboard.core.settings.Settings;

/**
 * The core services the Rocket.Chat adapter calls, wired by the server. {@code publicUrl} is the
 * configured public URL (nullable: derived from each request).
 */
public record RocketChatServices(
        AccountService accounts,
        Settings settings,
        VisitorService visitors,
        RoomService rooms,
        RoomQueries roomQueries,
        MessageService messages,
        ClosingService closing,
        InquiryService inquiries,
        LivechatUserService livechatUsers,
        DepartmentService departments,
        String publicUrl,
        String version,
        RoomAccess roomAccess,
        TypingService typing,
        Hub hub,
        AgentMessageService agentMessages,
        MessageEditService messageEdits,
        PageVisitService pageVisits,
        TransferService transfers,
        AgentStatusService agentStatus,
        BusinessHoursService businessHours,
        FileService files,
        FileAccess fileAccess,
        OfflineMessageService offlineMessages,
        TranscriptService transcripts,
        SurveyService surveys,
        AgentConnections agentConnections,
        RoomVisitorService roomVisitors,
        DashboardService dashboard) {}
