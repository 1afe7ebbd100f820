package dev.switchboard.core.livechat;

import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Department;
import dev.switchboard.core.model.Thread;

/**
 * A thread with what every API needs to render it: its contact and its department (nullable).
 */
public record RoomView(Thread thread, Contact contact, Department department) {}
