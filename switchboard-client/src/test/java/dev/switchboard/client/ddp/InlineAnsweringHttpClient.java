package dev.switchboard.client.ddp;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An HTTP client whose WebSockets are answered by a DDP server on the dialing thread, before
 * {@code buildAsync} returns: what the JDK's own client does now and then when a loopback server answers
 * faster than the dialing thread runs on (seen on a loaded 2-core machine). Every {@code connect} is
 * answered {@code connected} with session {@code s1}, which also resumes it. Plain HTTP is not served.
 */
final class InlineAnsweringHttpClient extends HttpClient {
    final AtomicInteger socketsOpened = new AtomicInteger();

    @Override
    public WebSocket.Builder newWebSocketBuilder() {
        return new Builder();
    }

    private final class Builder implements WebSocket.Builder {
        @Override public WebSocket.Builder header(String name, String value) { return this; }
        @Override public WebSocket.Builder connectTimeout(Duration timeout) { return this; }
        @Override public WebSocket.Builder subprotocols(String most, String... lesser) { return this; }

        @Override
        public CompletableFuture<WebSocket> buildAsync(URI uri, WebSocket.Listener listener) {
            socketsOpened.incrementAndGet();
            Socket socket = new Socket(listener);
            listener.onOpen(socket);
            return CompletableFuture.completedFuture(socket);
        }
    }

    /** A socket whose server answers each frame inline. */
    private static final class Socket implements WebSocket {
        private final WebSocket.Listener listener;
        private volatile boolean closed;

        Socket(WebSocket.Listener listener) { this.listener = listener; }

        @Override
        public CompletableFuture<WebSocket> sendText(CharSequence data, boolean last) {
            if (!closed && data.toString().contains("\"msg\":\"connect\"")) {
                listener.onText(this, "{\"server_id\":\"0\"}", true);
                listener.onText(this, "{\"msg\":\"connected\",\"session\":\"s1\"}", true);
            }
            return CompletableFuture.completedFuture(this);
        }

        @Override public CompletableFuture<WebSocket> sendBinary(ByteBuffer data, boolean last) { return done(); }
        @Override public CompletableFuture<WebSocket> sendPing(ByteBuffer message) { return done(); }
        @Override public CompletableFuture<WebSocket> sendPong(ByteBuffer message) { return done(); }
        @Override public CompletableFuture<WebSocket> sendClose(int statusCode, String reason) { return done(); }
        @Override public void request(long n) { }
        @Override public String getSubprotocol() { return ""; }
        @Override public boolean isOutputClosed() { return closed; }
        @Override public boolean isInputClosed() { return closed; }
        @Override public void abort() { closed = true; }

        private CompletableFuture<WebSocket> done() { return CompletableFuture.completedFuture(this); }
    }

    // ---- plain HTTP: not served ----

    @Override public Optional<CookieHandler> cookieHandler() { return Optional.empty(); }
    @Override public Optional<Duration> connectTimeout() { return Optional.empty(); }
    @Override public Redirect followRedirects() { return Redirect.NEVER; }
    @Override public Optional<ProxySelector> proxy() { return Optional.empty(); }
    @Override public SSLContext sslContext() { return null; }
    @Override public SSLParameters sslParameters() { return null; }
    @Override public Optional<Authenticator> authenticator() { return Optional.empty(); }
    @Override public Version version() { return Version.HTTP_1_1; }
    @Override public Optional<Executor> executor() { return Optional.empty(); }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        throw new IOException("this test client serves WebSockets only");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return CompletableFuture.failedFuture(new IOException("this test client serves WebSockets only"));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return sendAsync(request, handler);
    }
}
