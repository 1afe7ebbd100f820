package dev.switchboard.server;

import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.core.agentchat.AgentLogout;
import dev.switchboard.core.agentchat.ArchiveSearch;
import dev.switchboard.core.agentchat.BotDelegation;
import dev.switchboard.core.agentchat.ChatSignals;
import dev.switchboard.core.agentchat.CustomerService;
import dev.switchboard.core.agentchat.MulticastService;
import dev.switchboard.core.agentchat.PropertyService;
import dev.switchboard.core.agentchat.RoutingStatuses;
import dev.switchboard.core.agentchat.ThreadTagging;
import dev.switchboard.core.agentchat.ChatClosing;
import dev.switchboard.core.agentchat.ChatEventService;
import dev.switchboard.core.agentchat.ChatFollowing;
import dev.switchboard.core.agentchat.ChatMembership;
import dev.switchboard.core.agentchat.ChatReader;
import dev.switchboard.core.agentchat.ChatStarter;
import dev.switchboard.core.agentchat.ChatTransfer;
import dev.switchboard.core.agentchat.EventPreviews;
import dev.switchboard.core.agentchat.RichMessagePostbacks;
import dev.switchboard.core.agentchat.ThreadListing;
import dev.switchboard.core.agentchat.ThreadSummaries;
import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.core.auth.AccountService;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.hours.BusinessHoursService;
import dev.switchboard.core.livechat.AgentNotes;
import dev.switchboard.core.livechat.AgentConnections;
import dev.switchboard.core.livechat.AgentDepartures;
import dev.switchboard.core.files.FileAccess;
import dev.switchboard.core.files.FileLinks;
import dev.switchboard.core.files.FilePolicy;
import dev.switchboard.core.files.AgentUploads;
import dev.switchboard.core.files.FileService;
import dev.switchboard.core.files.FileStorage;
import dev.switchboard.core.livechat.AgentMessageService;
import dev.switchboard.core.livechat.AgentStatusService;
import dev.switchboard.core.livechat.ClosingService;
import dev.switchboard.core.livechat.DepartmentService;
import dev.switchboard.core.livechat.InquiryService;
import dev.switchboard.core.livechat.LivechatUserService;
import dev.switchboard.core.livechat.MessageEditService;
import dev.switchboard.core.livechat.MessageService;
import dev.switchboard.core.livechat.OfflineMessageService;
import dev.switchboard.core.livechat.PageVisitService;
import dev.switchboard.core.livechat.QueuePositions;
import dev.switchboard.core.livechat.RoomAccess;
import dev.switchboard.core.livechat.RoomQueries;
import dev.switchboard.core.livechat.RoomService;
import dev.switchboard.core.livechat.RoomVisitorService;
import dev.switchboard.core.livechat.Router;
import dev.switchboard.core.livechat.RoutingTimers;
import dev.switchboard.core.livechat.SurveyService;
import dev.switchboard.core.livechat.TranscriptService;
import dev.switchboard.core.livechat.TransferService;
import dev.switchboard.core.livechat.TypingService;
import dev.switchboard.core.livechat.VisitorService;
import dev.switchboard.core.livechat.WaitEstimator;
import dev.switchboard.core.mail.Mailer;
import dev.switchboard.core.realtime.Hub;
import dev.switchboard.core.routing.OpenDepartments;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.analytics.DashboardService;
import dev.switchboard.core.store.Store;
import dev.switchboard.server.mail.MailConfig;
import dev.switchboard.core.event.ListeningStore;
import dev.switchboard.core.http.JdkOutboundHttp;
import dev.switchboard.mediator.MediatorConfig;
import dev.switchboard.mediator.MediatorServices;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Builds the core services on one store, clock and bus, and subscribes the bus listeners in the
 * order events must reach them (the realtime hub first, so that a change's own frames go out
 * before what it triggers): the only place implementations meet.
 */
final class Services {
    private Services() {}

    /** What the server wires into its adapters and its timer loop. */
    record Wired(RocketChatServices rocketChat, AgentChatServices agentChat, Router router, RoutingTimers timers,
                 MediatorServices mediator) {}

    /** @param background runs routing passes and queue announcements, one at a time */
    static Wired build(Store store, Clock clock, EventBus bus, Hub hub, String publicUrl, String version,
                       FileStorage files, Executor background) {
        return build(store, clock, bus, hub, publicUrl, version, files, background, Mailer.disabled(MailConfig.DEFAULT_FROM));
    }

    /** @param mailer sends offline messages and transcripts */
    static Wired build(Store store, Clock clock, EventBus bus, Hub hub, String publicUrl, String version,
                       FileStorage files, Executor background, Mailer mailer) {
        return build(store, clock, bus, hub, publicUrl, version, files, background, mailer, MediatorConfig.disabled());
    }

    /**
     * @param mediatorConfig the Live Agents mediator; the store is wrapped so that the mediator's relay
     *                       and the CRM webhooks record their outbox items inside the services' transactions;
     *                       public file links start with {@code publicUrl} (which must then not be null)
     */
    static Wired build(Store store, Clock clock, EventBus bus, Hub hub, String publicUrl, String version,
                       FileStorage files, Executor background, Mailer mailer, MediatorConfig mediatorConfig) {
        return build(store, clock, bus, hub, publicUrl, version, files, background, mailer, mediatorConfig,
                FileLinks.load(store, () -> publicUrl, clock, mediatorConfig.fileLinkTtl()));
    }

    /** @param links signs the public file links of mediator messages and CRM webhooks, and lets downloads accept them */
    static Wired build(Store rawStore, Clock clock, EventBus bus, Hub hub, String publicUrl, String version,
                       FileStorage files, Executor background, Mailer mailer, MediatorConfig mediatorConfig,
                       FileLinks links) {
        ListeningStore store = new ListeningStore(rawStore);
        Settings settings = new Settings(store, clock);
        TranscriptService transcripts = new TranscriptService(store, settings, mailer);
        RoomAccess roomAccess = new RoomAccess(store);
        BusinessHoursService businessHours = new BusinessHoursService(store, clock, settings);
        OpenDepartments openDepartments = businessHours::openAt;
        Router router = new Router(store, clock, settings, bus, openDepartments, background);
        ClosingService closing = new ClosingService(store, clock, settings, bus, transcripts);
        bus.subscribe(hub);
        bus.subscribe(new QueuePositions(store, bus, new WaitEstimator(clock), background));
        bus.subscribe(router);
        AgentDepartures departures = new AgentDepartures(store, clock, settings, bus, router, closing);
        bus.subscribe(departures);
        AccountService accounts = new AccountService(store, clock, settings, bus);
        TransferService transfers = new TransferService(store, clock, bus, router);
        var rocketChat = new RocketChatServices(
                accounts,
                settings,
                new VisitorService(store, clock, settings),
                new RoomService(store, clock, settings, bus, router),
                new RoomQueries(store),
                new MessageService(store, clock, settings, bus),
                closing,
                new InquiryService(store, clock, bus, router),
                new LivechatUserService(store, clock, bus),
                new DepartmentService(store, clock, bus),
                publicUrl,
                version,
                roomAccess,
                new TypingService(roomAccess, bus),
                hub,
                new AgentMessageService(store, clock, settings, bus),
                new MessageEditService(store, clock, settings, bus),
                new PageVisitService(store, clock, settings, bus),
                transfers,
                new AgentStatusService(store, clock, bus, openDepartments),
                businessHours,
                new FileService(store, clock, new FilePolicy(settings), bus, files),
                new FileAccess(store, files, links),
                new OfflineMessageService(store, clock, settings, mailer),
                transcripts,
                new SurveyService(store, clock),
                new AgentConnections(store, clock, bus),
                new RoomVisitorService(store, clock, bus),
                new DashboardService(store));
        var agentChat = new AgentChatServices(
                accounts,
                new BotDelegation(store),
                new ChatReader(store),
                new ChatEventService(store, clock, bus),
                new ChatClosing(store, closing),
                publicUrl,
                rocketChat.agentStatus(),
                hub,
                new PropertyService(store, clock, bus),
                new ThreadTagging(store, clock, bus),
                new CustomerService(store, clock, bus, settings),
                new RoutingStatuses(store, rocketChat.agentStatus()),
                new ChatSignals(store, clock, bus, rocketChat.typing()),
                new MulticastService(store, bus),
                new AgentLogout(store, bus),
                new ChatFollowing(store, bus),
                new ChatMembership(store, clock, bus),
                new ChatTransfer(store, transfers, rocketChat.inquiries()),
                new ThreadListing(store),
                new EventPreviews(store),
                new RichMessagePostbacks(store, clock, bus),
                new ThreadSummaries(store),
                new ChatStarter(store, clock, bus, router),
                new ArchiveSearch(store),
                new AgentUploads(store, clock, files),
                rocketChat.agentConnections());
        var mediator = MediatorServices.build(mediatorConfig, store, clock, settings, rocketChat.visitors(), rocketChat.rooms(),
                rocketChat.messages(), closing, new JdkOutboundHttp(Duration.ofSeconds(5)), new AgentNotes(store, clock, bus),
                files, links);
        return new Wired(rocketChat, agentChat, router, new RoutingTimers(store, clock, settings, bus, router, closing, departures),
                mediator);
    }
}
