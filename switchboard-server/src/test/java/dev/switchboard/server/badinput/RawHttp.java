package dev.switchboard.server.badinput;

import dev.switchboard.client.rocketchat.RawResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.1 over a bare socket, for requests the JDK client refuses to build: malformed percent
 * escapes, invalid UTF-8 bytes, chunked bodies of any size. Sends {@code Connection: close} and reads
 * the answer to the end.
 */
final class RawHttp {
    private RawHttp() {}

    /** Sends {@code <method> <target> HTTP/1.1} with a body of raw bytes (nullable) and a Content-Length. */
    static RawResponse send(int port, String method, String target, byte[] body) {
        String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n") + "\r\n";
        return exchange(port, head.getBytes(StandardCharsets.ISO_8859_1), body == null ? new byte[0] : body);
    }

    /** Sends a POST whose body is {@code total} bytes of {@code filler} in chunks, with no Content-Length. */
    static RawResponse chunked(int port, String target, String prefix, char filler, int total, String suffix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] end = suffix.getBytes(StandardCharsets.UTF_8);
        chunk(out, start);
        byte[] block = String.valueOf(filler).repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        for (int sent = 0; sent < total; sent += block.length) chunk(out, block);
        chunk(out, end);
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String head = "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        return exchange(port, head.getBytes(StandardCharsets.ISO_8859_1), out.toByteArray());
    }

    /** Sends a request with exactly these headers plus a Content-Length for {@code body}, unless they declare one. */
    static RawResponse send(int port, String method, String target, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (headers.keySet().stream().noneMatch("Content-Length"::equalsIgnoreCase)) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        return exchange(port, head.toString().getBytes(StandardCharsets.UTF_8), body);
    }

    /** Sends a POST with these headers whose body goes in 64 KiB chunks, with no Content-Length. */
    static RawResponse chunked(int port, String target, Map<String, String> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 64 * 1024) {
            chunk(out, java.util.Arrays.copyOfRange(body, at, Math.min(body.length, at + 64 * 1024)));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Transfer-Encoding: chunked\r\n\r\n");
        return exchange(port, head.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream out, byte[] data) {
        out.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static RawResponse exchange(int port, byte[] head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream os = socket.getOutputStream();
            os.write(head);
            try {
                os.write(body);
                os.flush();
            } catch (IOException refusedEarly) {
                // The server may answer and close before reading a body it refuses; read that answer.
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) out.write(buf, 0, n);
        } catch (java.net.SocketException resetAfterAnswer) {
            // A reset after the answer was sent still leaves the answer in what we read.
        }
        return out.toByteArray();
    }

    private static RawResponse parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) throw new AssertionError("no HTTP answer: " + text);
        String[] lines = text.substring(0, split).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(split + 4);
        boolean chunkedAnswer = headers.entrySet().stream().anyMatch(e -> e.getKey().equalsIgnoreCase("Transfer-Encoding")
                && e.getValue().contains("chunked"));
        return new RawResponse(status, headers, chunkedAnswer ? dechunk(body) : body);
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (true) {
            int eol = body.indexOf("\r\n", pos);
            int size = Integer.parseInt(body.substring(pos, eol).split(";")[0].trim(), 16);
            if (size == 0) return out.toString();
            // Sizes count bytes; the answers we read are ASCII JSON, where bytes and chars agree.
            out.append(body, eol + 2, eol + 2 + size);
            pos = eol + 2 + size + 2;
        }
    }
}
