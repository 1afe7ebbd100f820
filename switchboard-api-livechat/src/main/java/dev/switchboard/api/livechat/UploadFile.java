package dev.switchboard.api.livechat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.livechat.internal.AgentAuth;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.api.livechat.render.EventJson;
import dev.switchboard.core.files.AgentUploads;
import dev.switchboard.core.files.UploadForm;
import dev.switchboard.core.model.PendingUpload;
import dev.switchboard.core.model.User;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.List;
import java.util.Map;

/**
 * {@code upload_file} (§4.15, C29): a {@code multipart/form-data} body whose part {@code file} carries
 * the file under its own {@code filename}; the part's declared type is ignored (the SDK always says
 * {@code application/octet-stream}), there is no {@code X-Author-Id} on uploads. Answers
 * {@code {"url": "<base>/file-upload/<id>/<name>"}}. That URL works in {@code send_event}'s
 * {@code file} event; once sent, chat participants download it with their usual credentials: an
 * agent with the headers {@code X-User-Id: <agent id>} and {@code X-Auth-Token: <the same token it
 * uses as Bearer>} (or the {@code rc_uid}/{@code rc_token} cookies), a visitor with its widget token
 * ({@code x-visitor-token} or {@code ?rc_token=}).
 */
final class UploadFile {
    private UploadFile() {}

    static JsonNode handle(Context ctx, AgentChatServices s) {
        User user = AgentAuth.authenticate(s.accounts(), ctx.header("Authorization"));
        if (ctx.req().getContentLengthLong() > AgentUploads.MAX_BYTES + (1 << 20)) {
            throw new ApiError("entity_too_large", "Upload limit exceeded (10MB).", 413);
        }
        String type = ctx.header("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiError.validation("upload_file takes a multipart/form-data body");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("file");
        } catch (Exception e) {
            // Javalin rethrows Jetty's checked ServletException (a BadMessageException inside) undeclared.
            throw ApiError.validation("Malformed multipart body");
        }
        if (files.size() != 1) throw ApiError.validation("Send exactly one multipart part named `file`");
        UploadedFile part = files.get(0);
        PendingUpload upload = s.uploads().upload(user, new UploadForm() {
            @Override
            public long declaredLength() { return part.size(); }

            @Override
            public Map<String, String> read(FileReceiver receiver) throws java.io.IOException {
                try (var content = part.content()) {
                    receiver.receive(part.filename(), part.contentType(), content);
                }
                return Map.of();
            }
        });
        return Wire.object().put("url", EventJson.fileUrl(AgentChatApi.baseUrl(s, ctx), upload.id(), upload.name()));
    }
}
