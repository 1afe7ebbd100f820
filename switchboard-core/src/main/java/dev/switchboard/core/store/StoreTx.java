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

    PresenceStore presence();
}
