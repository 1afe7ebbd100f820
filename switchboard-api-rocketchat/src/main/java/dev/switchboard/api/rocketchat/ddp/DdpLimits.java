package dev.switchboard.api.rocketchat.ddp;

import java.time.Duration;

/**
 * The realtime endpoint's bounds.
 *
 * @param resumeWindow     how long a session whose socket was lost stays resumable
 * @param replayFrames     stream frames kept per sequenced session for resumption
 * @param maxPendingChars  unsent output a socket may accumulate before it counts as a slow consumer
 * @param maxFrameBytes    largest frame accepted from a client; larger ones close the socket (1009)
 * @param pingAfter        silence after which the server pings (ddp-streamer: 30 s)
 * @param closeAfter       further silence after which the socket is closed with 4000 (ddp-streamer: 30 s)
 * @param maxSubscriptions per session, so one client can't make the hub index grow without bound
 */
public record DdpLimits(Duration resumeWindow, int replayFrames, long maxPendingChars, int maxFrameBytes,
                        Duration pingAfter, Duration closeAfter, int maxSubscriptions) {
    public static DdpLimits defaults() {
        return new DdpLimits(Duration.ofSeconds(60), 4096, 4L << 20, 256 * 1024,
                Duration.ofSeconds(30), Duration.ofSeconds(30), 1000);
    }
}
