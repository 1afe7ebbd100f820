package dev.switchboard.core.livechat;

/**
 * What an agent closing a room asks for the visitor's transcript ({@code transcriptEmail} of
 * {@code livechat/room.closeByUser}, rocketchat-livechat.md §4.6): mail it to {@code email} with
 * {@code subject}, or explicitly none (which also overrides {@code Livechat_transcript_send_always}).
 *
 * @param email   the recipient when {@code send}; null otherwise
 * @param subject the mail's subject when {@code send}; null or blank means the default one
 */
public record TranscriptRequest(boolean send, String email, String subject) {
    public static TranscriptRequest declined() { return new TranscriptRequest(false, null, null); }

    public static TranscriptRequest to(String email, String subject) { return new TranscriptRequest(true, email, subject); }
}
