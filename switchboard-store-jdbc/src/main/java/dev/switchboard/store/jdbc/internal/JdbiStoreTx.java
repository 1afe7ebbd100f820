package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.AnalyticsStore;
import dev.switchboard.core.store.BusinessHoursStore;
import dev.switchboard.core.store.ChatStore;
import dev.switchboard.core.store.ContactStore;
import dev.switchboard.core.store.DepartmentStore;
import dev.switchboard.core.store.EventStore;
import dev.switchboard.core.store.FileStore;
import dev.switchboard.core.store.InquiryStore;
import dev.switchboard.core.store.PresenceStore;
import dev.switchboard.core.store.RoutingStore;
import dev.switchboard.core.store.SettingStore;
import dev.switchboard.core.store.StoreTx;
import dev.switchboard.core.store.SurveyStore;
import dev.switchboard.core.store.OutboxStore;
import dev.switchboard.core.store.CrmDataStore;
import dev.switchboard.core.store.MediatorSessionStore;
import dev.switchboard.core.store.ThreadStore;
import dev.switchboard.core.store.UserStore;

/** The repositories of one transaction, created when first asked for. Not thread-safe. */
final class JdbiStoreTx implements StoreTx {
    private final Tx tx;
    private UserStore users;
    private ContactStore contacts;
    private ThreadStore threads;
    private EventStore events;
    private InquiryStore inquiries;
    private DepartmentStore departments;
    private SettingStore settings;
    private RoutingStore routing;
    private BusinessHoursStore businessHours;
    private FileStore files;
    private SurveyStore surveys;
    private ChatStore chats;
    private OutboxStore outbox;
    private MediatorSessionStore mediatorSessions;
    private PresenceStore presence;
    private AnalyticsStore analytics;

    JdbiStoreTx(Tx tx) { this.tx = tx; }

    @Override
    public UserStore users() { return users == null ? users = new UserRepository(tx) : users; }

    @Override
    public ContactStore contacts() { return contacts == null ? contacts = new ContactRepository(tx) : contacts; }

    @Override
    public ThreadStore threads() { return threads == null ? threads = new ThreadRepository(tx) : threads; }

    @Override
    public EventStore events() { return events == null ? events = new EventRepository(tx) : events; }

    @Override
    public InquiryStore inquiries() { return inquiries == null ? inquiries = new InquiryRepository(tx) : inquiries; }

    @Override
    public DepartmentStore departments() {
        return departments == null ? departments = new DepartmentRepository(tx) : departments;
    }

    @Override
    public SettingStore settings() { return settings == null ? settings = new SettingRepository(tx) : settings; }

    @Override
    public RoutingStore routing() { return routing == null ? routing = new RoutingRepository(tx) : routing; }

    @Override
    public BusinessHoursStore businessHours() {
        return businessHours == null ? businessHours = new BusinessHoursRepository(tx) : businessHours;
    }

    @Override
    public FileStore files() { return files == null ? files = new FileRepository(tx) : files; }

    @Override
    public SurveyStore surveys() { return surveys == null ? surveys = new SurveyRepository(tx) : surveys; }

    @Override
    public ChatStore chats() { return chats == null ? chats = new ChatRepository(tx) : chats; }

    @Override
    public OutboxStore outbox() { return outbox == null ? outbox = new OutboxRepository(tx) : outbox; }

    @Override
    public MediatorSessionStore mediatorSessions() {
        return mediatorSessions == null ? mediatorSessions = new MediatorSessionRepository(tx) : mediatorSessions;
    }

    @Override
    public PresenceStore presence() { return presence == null ? presence = new PresenceRepository(tx) : presence; }

    @Override
    public AnalyticsStore analytics() { return analytics == null ? analytics = new AnalyticsRepository(tx) : analytics; }

    @Override
    public CrmDataStore crmData() { return new CrmDataRepository(tx); }

    @Override
    public dev.switchboard.core.store.NodeSecretStore nodeSecrets() { return new NodeSecretRepository(tx); }
}
