package dev.switchboard.mediator.webhook;

import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rocket.Chat's lead capture (its {@code leadCapture} hook, the {@code LeadCapture} CRM event of
 * live-agents-mediator.md §5.2): a visitor's new, unedited message matching {@code Livechat_lead_email_regex}
 * (case-insensitive) or {@code Livechat_lead_phone_regex} is a lead, and what it found fills the visitor's
 * e-mail and phone where they are still empty (Switchboard keeps one of each, upstream a list). An
 * invalid configured pattern finds nothing and is logged once. Thread-safe.
 */
final class LeadCapture {
    private static final Logger LOG = LoggerFactory.getLogger(LeadCapture.class);
    private static final Pattern NEVER = Pattern.compile("(?!)");
    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();
    private final Settings settings;

    LeadCapture(Settings settings) { this.settings = settings; }

    /** @return the contact with what the message revealed, or empty when it is not a lead */
    Optional<Contact> capture(Contact c, Event message, Instant now) {
        if (message.authorKind() != Event.AuthorKind.CONTACT || message.isSystem() || message.editedAt() != null
                || message.text() == null || message.text().isEmpty()) {
            return Optional.empty();
        }
        String email = first(SettingsCatalog.LEAD_EMAIL_REGEX, Pattern.CASE_INSENSITIVE, message.text());
        String phone = first(SettingsCatalog.LEAD_PHONE_REGEX, 0, message.text());
        if (email == null && phone == null) return Optional.empty();
        return Optional.of(new Contact(c.id(), c.token(), c.username(), c.name(), c.email() == null ? email : c.email(),
                c.phone() == null ? phone : c.phone(), c.departmentId(), c.customFields(), c.status(), c.lastThreadId(),
                c.lastThreadAt(), c.createdAt(), now));
    }

    private String first(String setting, int flags, String text) {
        String regex = settings.string(setting);
        if (regex == null || regex.isEmpty()) return null;
        Pattern p = compiled.computeIfAbsent(flags + ":" + regex, key -> {
            try {
                return Pattern.compile(regex, flags);
            } catch (PatternSyntaxException e) {
                LOG.warn("{} is not a valid pattern; lead capture ignores it: {}", setting, e.getDescription());
                return NEVER;
            }
        });
        Matcher m = p.matcher(text);
        return m.find() ? m.group() : null;
    }
}
