package dev.switchboard.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Renders the errors Jetty answers by itself, before a request reaches the routes (a malformed URI, a
 * NUL byte in the path, headers over the size limit, ...), in Rocket.Chat's failure envelope
 * {@code {"success":false,"error":"<reason>"}} instead of Jetty's HTML page (rocketchat-livechat.md
 * §1.4), with {@code Connection: close} because Jetty closes the connection after them (a client
 * that pooled it would fail its next request). Never includes a stack trace or the request URI.
 * Stateless.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : response.getStatus();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(ERROR_CACHE_CONTROL);
        // Jetty drops the connection after these errors; saying so keeps clients from reusing it.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body(status)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
        fields.put(new HttpField(HttpHeader.CONNECTION, "close"));
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int status) {
        String error = switch (status) {
            case 404 -> "Resource not found";
            case 429 -> "Too many requests";
            default -> status >= 500 ? "Internal error occured" : HttpStatus.getMessage(status);
        };
        return ("{\"success\":false,\"error\":\"" + error + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
