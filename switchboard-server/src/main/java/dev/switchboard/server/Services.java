package dev.switchboard.server;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.core.auth.AccountService;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.files.FileAccess;
import dev.switchboard.core.files.FilePolicy;
import dev.switchboard.core.files.FileService;
import dev.switchboard.core.files.FileStorage;
import dev.switchboard.core.livechat.AgentMessageService;
import dev.switchboard.core.livechat.ClosingService;
import dev.switchboard.core.livechat.DepartmentService;
import dev.switchboard.core.livechat.InquiryService;
import dev.switchboard.core.livechat.LivechatUserService;
import dev.switchboard.core.livechat.MessageEditService;
import dev.switchboard.core.livechat.MessageService;
import dev.switchboard.core.livechat.RoomAccess;
import dev.switchboard.core.livechat.PageVisitService;
import dev.switchboard.core.livechat.RoomQueries;
import dev.switchboard.core.livechat.TypingService;
import dev.switchboard.core.realtime.Hub;
import dev.switchboard.core.livechat.RoomService;
import dev.switchboard.core.livechat.VisitorService;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.store.Store;
import java.time.Clock;

/** Builds the core services on one store, clock and bus: the only place implementations meet. */
final class Services {
    private Services() {}

    static RocketChatServices forRocketChat(Store store, Clock clock, EventBus bus, Hub hub, String publicUrl,
                                            String version, FileStorage files) {
        Settings settings = new Settings(store, clock);
        RoomAccess roomAccess = new RoomAccess(store);
        return new RocketChatServices(
                new AccountService(store, clock, settings),
                settings,
                new VisitorService(store, clock, settings),
                new RoomService(store, clock, settings, bus),
                new RoomQueries(store),
                new MessageService(store, clock, settings, bus),
                new ClosingService(store, clock, settings, bus),
                new InquiryService(store, clock, bus),
                new LivechatUserService(store, clock),
                new DepartmentService(store, clock),
                publicUrl,
                version,
                roomAccess,
                new TypingService(roomAccess, bus),
                hub,
                new AgentMessageService(store, clock, settings, bus),
                new MessageEditService(store, clock, settings, bus),
                new PageVisitService(store, clock, settings, bus),
                new FileService(store, clock, new FilePolicy(settings), bus, files),
                new FileAccess(store, files));
    }
}
