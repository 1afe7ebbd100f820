package dev.switchboard.client.ddp;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of a {@link DdpClient}. Start from {@link #defaults()} and adjust with the {@code with…} methods.
 * Immutable and thread-safe.
 *
 * @param pingInterval      after this long without a frame from the server the client sends {@code {"msg":"ping"}};
 *                          after twice this long it declares the socket dead and reconnects (the old widget's
 *                          20 s / 40 s scheme, spec §5.1)
 * @param connectTimeout    the longest wait for the WebSocket to open and the server to answer {@code connect}
 * @param reconnectDelay    the wait before the first reconnect attempt after an unexpected loss; it doubles
 *                          on each failed attempt up to {@code maxReconnectDelay}
 * @param maxReconnectDelay the longest wait between reconnect attempts
 * @param httpClient        the client that opens the sockets, or {@code null} for one shared by all
 *                          {@code DdpClient}s (a load generator with thousands of connections wants one)
 */
public record DdpOptions(Duration pingInterval, Duration connectTimeout, Duration reconnectDelay,
                         Duration maxReconnectDelay, HttpClient httpClient) {

    public DdpOptions {
        positive(pingInterval, "pingInterval");
        positive(connectTimeout, "connectTimeout");
        positive(reconnectDelay, "reconnectDelay");
        positive(maxReconnectDelay, "maxReconnectDelay");
        if (maxReconnectDelay.compareTo(reconnectDelay) < 0) {
            throw new IllegalArgumentException("maxReconnectDelay must not be shorter than reconnectDelay");
        }
    }

    /** Ping after 20 s of silence, 10 s connect timeout, reconnect after 200 ms backing off to 5 s, shared HTTP client. */
    public static DdpOptions defaults() {
        return new DdpOptions(Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofMillis(200),
                Duration.ofSeconds(5), null);
    }

    /** A copy with another {@link #pingInterval()}. */
    public DdpOptions withPingInterval(Duration value) {
        return new DdpOptions(value, connectTimeout, reconnectDelay, maxReconnectDelay, httpClient);
    }

    /** A copy with another {@link #connectTimeout()}. */
    public DdpOptions withConnectTimeout(Duration value) {
        return new DdpOptions(pingInterval, value, reconnectDelay, maxReconnectDelay, httpClient);
    }

    /** A copy with another first reconnect delay and backoff ceiling. */
    public DdpOptions withReconnectDelay(Duration first, Duration max) {
        return new DdpOptions(pingInterval, connectTimeout, first, max, httpClient);
    }

    /** A copy that opens sockets with {@code client} (the shared one when {@code null}). */
    public DdpOptions withHttpClient(HttpClient client) {
        return new DdpOptions(pingInterval, connectTimeout, reconnectDelay, maxReconnectDelay, client);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
