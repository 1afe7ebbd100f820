package dev.switchboard.api.livechat.rtm;

import java.time.Duration;

/**
 * The RTM endpoint's bounds (livechat-agent-api-v3.6.md §5.1, §2.7). The server derives them from the
 * same {@code realtime.*} configuration as the Rocket.Chat DDP endpoint, so one set of numbers bounds
 * every socket of the node.
 *
 * @param loginTimeout       time allowed between connecting and a successful {@code login} (LiveChat: 30 s)
 * @param silenceTimeout     silence after which an authorised connection is closed with
 *                           {@code agent_disconnected} {@code connection_timeout} (LiveChat: about 30 s)
 * @param maxPendingRequests requests a connection may have in flight (LiveChat: 10, C51)
 * @param maxPendingChars    unsent output before a socket counts as a slow consumer and is cut
 * @param resumeWindow       how long a session whose socket was lost stays resumable
 * @param replayFrames       pushes kept per session for resumption
 * @param maxFrameBytes      largest text frame accepted from a client; larger ones close the socket (1009)
 */
public record RtmLimits(Duration loginTimeout, Duration silenceTimeout, int maxPendingRequests, long maxPendingChars,
                        Duration resumeWindow, int replayFrames, int maxFrameBytes) {
    public static RtmLimits defaults() {
        return new RtmLimits(Duration.ofSeconds(30), Duration.ofSeconds(30), 10, 4L << 20, Duration.ofSeconds(60), 4096,
                256 * 1024);
    }
}
