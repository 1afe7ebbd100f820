package dev.switchboard.api.rocketchat.render;

import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.files.FileLinks;
import dev.switchboard.core.files.FileMessage;
import dev.switchboard.core.files.FileNames;
import java.util.List;

/**
 * The file of a message as Rocket.Chat shows it (upstream's {@code sendFileLivechatMessage} and
 * {@code parseFileIntoMessageAttachments}): {@code file} and {@code files} name it, one attachment of
 * {@code type:"file"} links to it with a path relative to the server, plus {@code image_*},
 * {@code audio_*} or {@code video_*} fields by media family, or {@code format} and {@code size} for
 * other files. The link's name is percent-encoded as one path segment (upstream's {@code encodeURI}
 * would let {@code #} or {@code ?} in a name cut the link short). Image dimensions and previews are
 * not computed. Stateless.
 */
public final class FileJson {
    private FileJson() {}

    /** The download path of a file: {@code /file-upload/<id>/<name>}. */
    public static String link(FileMessage f) {
        return FileLinks.path(f.id(), f.name());
    }

    /** Adds {@code file}, {@code files} and {@code attachments} to a message object. */
    static void addTo(Obj message, FileMessage f) {
        Obj file = Obj.of("_id", f.id(), "name", f.name(), "type", f.type(), "size", f.size(),
                "format", FileNames.extension(f.name()));
        String link = link(f);
        Obj attachment = Obj.of("title", f.name(), "title_link", link, "title_link_download", true, "type", "file",
                "description", f.description());
        if (f.isImage()) {
            attachment.with("image_url", link).with("image_type", f.type()).with("image_size", f.size());
        } else if (f.isAudio()) {
            attachment.with("audio_url", link).with("audio_type", f.type()).with("audio_size", f.size());
        } else if (f.isVideo()) {
            attachment.with("video_url", link).with("video_type", f.type()).with("video_size", f.size());
        } else {
            attachment.with("format", FileNames.extension(f.name())).with("size", f.size());
        }
        message.with("file", file).with("files", List.of(file)).with("attachments", List.of(attachment));
    }
}
