package dev.switchboard.server;

import dev.switchboard.api.rocketchat.ddp.DdpLimits;
import dev.switchboard.mediator.MediatorConfig;
import dev.switchboard.server.mail.MailConfig;
import java.nio.file.Path;

/**
 * The server's typed configuration, validated at start. Every key has an environment variable:
 * {@code SWITCHBOARD_} + the key upper-cased with {@code .} and {@code -} turned into {@code _}.
 *
 * @param host             interface to listen on
 * @param port             0 picks a free port (tests)
 * @param dataDir          where the embedded SQLite database lives
 * @param databaseUrl      JDBC URL; null means SQLite in {@code dataDir}
 * @param databaseUser     nullable
 * @param databasePassword nullable
 * @param publicUrl        the URL clients reach the server at (avatars, sounds, widget); null derives it
 * @param maxBodyBytes     requests with larger bodies are refused with a 400
 * @param livechatWidgetDir the {@code build/} directory of the npm package {@code @rocket.chat/livechat}
 *                         served at {@code /livechat}; null hosts no widget
 * @param realtime         the bounds of the realtime endpoint (resume window, replay buffer, heartbeat, slow consumers)
 * @param mail             outgoing e-mail (offline messages, transcripts); {@link MailConfig#disabled()} when unset
 * @param mediator         the Live Agents mediator ({@code mediator.*}); {@link MediatorConfig#disabled()} when unset
 */
public record SwitchboardConfig(String host, int port, Path dataDir, String databaseUrl, String databaseUser,
                                String databasePassword, String publicUrl, long maxBodyBytes, Path livechatWidgetDir,
                                DdpLimits realtime, MailConfig mail, MediatorConfig mediator) {

    /** A configuration without the mediator. */
    public SwitchboardConfig(String host, int port, Path dataDir, String databaseUrl, String databaseUser,
                             String databasePassword, String publicUrl, long maxBodyBytes, Path livechatWidgetDir,
                             DdpLimits realtime, MailConfig mail) {
        this(host, port, dataDir, databaseUrl, databaseUser, databasePassword, publicUrl, maxBodyBytes, livechatWidgetDir,
                realtime, mail, MediatorConfig.disabled());
    }

    /** A configuration without mail. */
    public SwitchboardConfig(String host, int port, Path dataDir, String databaseUrl, String databaseUser,
                             String databasePassword, String publicUrl, long maxBodyBytes, Path livechatWidgetDir,
                             DdpLimits realtime) {
        this(host, port, dataDir, databaseUrl, databaseUser, databasePassword, publicUrl, maxBodyBytes, livechatWidgetDir,
                realtime, MailConfig.disabled(), MediatorConfig.disabled());
    }

    /** The JDBC URL actually used: the configured one, or the embedded SQLite file. */
    public String effectiveDatabaseUrl() {
        return databaseUrl != null ? databaseUrl : "jdbc:sqlite:" + dataDir.resolve("switchboard.db");
    }

    public SwitchboardConfig withPort(int newPort) {
        return new SwitchboardConfig(host, newPort, dataDir, databaseUrl, databaseUser, databasePassword, publicUrl, maxBodyBytes,
                livechatWidgetDir, realtime, mail, mediator);
    }

    public SwitchboardConfig withLivechatWidgetDir(Path dir) {
        return new SwitchboardConfig(host, port, dataDir, databaseUrl, databaseUser, databasePassword, publicUrl, maxBodyBytes, dir, realtime, mail, mediator);
    }

    public SwitchboardConfig withRealtime(DdpLimits limits) {
        return new SwitchboardConfig(host, port, dataDir, databaseUrl, databaseUser, databasePassword, publicUrl, maxBodyBytes,
                livechatWidgetDir, limits, mail, mediator);
    }

    public SwitchboardConfig withMail(MailConfig newMail) {
        return new SwitchboardConfig(host, port, dataDir, databaseUrl, databaseUser, databasePassword, publicUrl, maxBodyBytes,
                livechatWidgetDir, realtime, newMail, mediator);
    }

    public SwitchboardConfig withMediator(MediatorConfig newMediator) {
        return new SwitchboardConfig(host, port, dataDir, databaseUrl, databaseUser, databasePassword, publicUrl, maxBodyBytes,
                livechatWidgetDir, realtime, mail, newMediator);
    }
}
