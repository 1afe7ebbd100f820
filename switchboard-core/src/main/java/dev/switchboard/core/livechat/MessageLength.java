package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;

/**
 * The one length rule of message texts, whoever writes them: the livechat character limit when
 * {@code Livechat_enable_message_character_limit} is on (and the limit positive), else
 * {@link MessageService#MAX_MESSAGE_LENGTH}, so that no text can bloat a room. Counted in code points,
 * as a visitor counts characters. Stateless.
 */
final class MessageLength {
    private MessageLength() {}

    /** Refuses a visitor's text over the limit, with the error the visitor endpoints give. */
    static void requireWithinLimit(Settings settings, String text) {
        if (exceeded(settings, text)) {
            throw new Invalid("message-length-exceeds-character-limit", null);
        }
    }

    /** Whether the text is longer than the current limit. */
    static boolean exceeded(Settings settings, String text) {
        boolean limited = settings.bool(SettingsCatalog.CHAR_LIMIT_ENABLED);
        long limit = limited ? settings.integer(SettingsCatalog.CHAR_LIMIT) : MessageService.MAX_MESSAGE_LENGTH;
        if (limit <= 0) limit = MessageService.MAX_MESSAGE_LENGTH;
        return text.codePointCount(0, text.length()) > limit;
    }
}
