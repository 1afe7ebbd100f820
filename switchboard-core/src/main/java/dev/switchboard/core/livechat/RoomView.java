package dev.switchboard.core.livechat;

import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Department;
import dev.switchboard.core.model.SurveyFeedback;
import dev.switchboard.core.model.Thread;

/**
 * A thread with what every API needs to render it: its contact, its department (nullable) and the
 * visitor's survey answers (nullable: none given).
 */
public record RoomView(Thread thread, Contact contact, Department department, SurveyFeedback survey) {
    /** A room without survey answers. */
    public RoomView(Thread thread, Contact contact, Department department) { this(thread, contact, department, null); }
}
