package dev.switchboard.core.livechat;

import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Inquiry;

/** An inquiry with its contact, for rendering. */
public record InquiryView(Inquiry inquiry, Contact contact) {}
