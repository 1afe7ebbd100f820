package dev.switchboard.mediator.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.files.FileStorage;
import dev.switchboard.core.http.OutboundHttp;
import dev.switchboard.mediator.JsonText;
import dev.switchboard.mediator.relay.RapidProRequests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Delivers a {@value RapidProRequests#MEDIA} outbox item (live-agents-mediator.md §9.4, newer flavours):
 * the file is read from Switchboard's file store, uploaded to {@code /api/v2/media.json} as
 * multipart {@code file}, and the send then carries the returned media uuid with the caption. A failed
 * send after a good upload repeats both on retry (an orphan media object on RapidPro, never a lost
 * message). Thread-safe.
 */
public final class RapidProMedia {
    private final OutboundHttp http;
    private final FileStorage files;
    private final RapidProRequests requests;

    public RapidProMedia(OutboundHttp http, FileStorage files, RapidProRequests requests) {
        this.http = http;
        this.files = files;
        this.requests = requests;
    }

    /** @return the upload's answer when it failed, else the send's */
    OutboundHttp.Response deliver(String body, DeliveryTargets.Target target, Map<String, String> headers) throws IOException {
        JsonNode item = JsonText.MAPPER.readTree(body);
        byte[] content = read(item.path("fileId").asText());
        String boundary = "switchboard-" + UUID.randomUUID();
        Map<String, String> uploadHeaders = new LinkedHashMap<>(headers);
        uploadHeaders.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        OutboundHttp.Response upload = http.sendBytes("POST", URI.create(target.url()), uploadHeaders,
                multipart(boundary, item.path("name").asText("file"), item.path("type").asText(), content), target.timeout());
        if (!upload.isSuccess()) return upload;
        String media = JsonText.MAPPER.readTree(upload.body()).path("uuid").asText("");
        if (media.isEmpty()) throw new IOException("RapidPro's media upload answered without a uuid");
        URI send = URI.create(target.url().substring(0, target.url().length() - "/api/v2/media.json".length())
                + requests.sendPath());
        return http.send("POST", send, headers, JsonText.write(requests.send(item.path("contact").asText(),
                item.path("caption").asText(""), media)), target.timeout());
    }

    private byte[] read(String fileId) throws IOException {
        try (InputStream in = files.open(fileId).orElseThrow(() -> new IOException("file " + fileId + " is gone"))) {
            return in.readAllBytes();
        }
    }

    private static byte[] multipart(String boundary, String name, String type, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
        String safeName = name.replace("\"", "").replace("\r", "").replace("\n", "");
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + safeName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
