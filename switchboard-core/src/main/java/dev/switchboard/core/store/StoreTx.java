package dev.switchboard.core.store;

/** The repositories visible inside one transaction. Valid only during the callback it was given to. */
public interface StoreTx {
    UserStore users();

    ContactStore contacts();

    ThreadStore threads();

    EventStore events();

    InquiryStore inquiries();

    DepartmentStore departments();

    SettingStore settings();

    RoutingStore routing();

    BusinessHoursStore businessHours();

    FileStore files();

    SurveyStore surveys();

    ChatStore chats();

    /** The durable outbox of outbound deliveries; stores without one refuse. */
    default OutboxStore outbox() { throw new UnsupportedOperationException("this store has no outbox"); }

    /** The Live Agents mediator's sessions; stores without them refuse. */
    default MediatorSessionStore mediatorSessions() {
        throw new UnsupportedOperationException("this store has no mediator sessions");
    }

    PresenceStore presence();

    /** Dashboard aggregates; stores without them refuse. */
    default AnalyticsStore analytics() { throw new UnsupportedOperationException("this store has no analytics"); }

    /** The CRM webhook receivers' answers per room; stores without them refuse. */
    default CrmDataStore crmData() { throw new UnsupportedOperationException("this store has no CRM data"); }

    /** Cluster-wide secrets (the file-link key); stores without them refuse. */
    default NodeSecretStore nodeSecrets() { throw new UnsupportedOperationException("this store has no node secrets"); }
}
