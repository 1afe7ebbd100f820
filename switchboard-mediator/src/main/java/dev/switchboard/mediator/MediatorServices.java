package dev.switchboard.mediator;

import dev.switchboard.core.event.ListeningStore;
import dev.switchboard.core.files.FileLinks;
import dev.switchboard.core.files.FileStorage;
import dev.switchboard.core.http.OutboundHttp;
import dev.switchboard.core.livechat.AgentNotes;
import dev.switchboard.core.livechat.ClosingService;
import dev.switchboard.core.livechat.MessageService;
import dev.switchboard.core.livechat.RoomService;
import dev.switchboard.core.livechat.VisitorService;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.mediator.hours.BusinessHoursFiles;
import dev.switchboard.mediator.hours.CountryCodes;
import dev.switchboard.mediator.hours.DayStatusQuery;
import dev.switchboard.mediator.hours.StoredDepartmentHours;
import dev.switchboard.mediator.notes.AgentNoteTexts;
import dev.switchboard.mediator.outbox.DeliveryTargets;
import dev.switchboard.mediator.outbox.OutboxMetrics;
import dev.switchboard.mediator.outbox.OutboxWorker;
import dev.switchboard.mediator.outbox.RapidProMedia;
import dev.switchboard.mediator.relay.ClientRelay;
import dev.switchboard.mediator.relay.MediatorEvents;
import dev.switchboard.mediator.relay.RapidProRequests;
import dev.switchboard.mediator.webhook.CrmWebhooks;
import java.time.Clock;

/**
 * The mediator's use cases, what {@link MediatorApi} calls, and the node's outbox worker (which the
 * server starts and stops). {@link #build} also registers the in-transaction listeners on the store:
 * the relay when the mediator is enabled, the CRM webhooks always (they are off until a URL is set).
 * The server runs {@link SessionExpiry#runDue} from its timer loop. {@code links} signs the public links of
 * Switchboard's files in the relay's texts and the webhooks' payloads (§9.4).
 */
public record MediatorServices(MediatorConfig config, ListeningStore store, Clock clock, Registration registration,
                               VisitorSide visitorSide, DayStatusQuery dayStatus, ClientRelay relay,
                               OutboxWorker worker, OutboxMetrics metrics, SessionExpiry expiry) {

    public static MediatorServices build(MediatorConfig config, ListeningStore store, Clock clock, Settings settings,
                                         VisitorService visitors, RoomService rooms, MessageService messages,
                                         ClosingService closing, OutboundHttp http, AgentNotes notes, FileStorage files,
                                         FileLinks links) {
        var keys = new BusinessKeys(config.departmentMap(), new CountryCodes(config.countryMap()));
        var dayStatus = new DayStatusQuery(new BusinessHoursFiles(config.businessHoursDir()),
                new StoredDepartmentHours(store, keys), clock);
        var noteTexts = new AgentNoteTexts(config.notes(), config.maxMessageLength());
        var rapidPro = new RapidProRequests(config);
        var relay = new ClientRelay(config, rapidPro, clock, noteTexts);
        if (config.enabled()) store.addListener(new MediatorEvents(relay, links));
        store.addListener(new CrmWebhooks(settings, clock, links));
        var metrics = new OutboxMetrics(store);
        var worker = new OutboxWorker(store, clock, http, new DeliveryTargets(config, settings), config.pollInterval(), metrics,
                notes, noteTexts, new RapidProMedia(http, files, rapidPro));
        var visitorSide = new VisitorSide(store, clock, messages, closing);
        return new MediatorServices(config, store, clock,
                new Registration(store, clock, visitors, rooms, messages, dayStatus, keys, config, http),
                visitorSide, dayStatus, relay, worker, metrics, new SessionExpiry(config, store, clock, visitorSide));
    }
}
