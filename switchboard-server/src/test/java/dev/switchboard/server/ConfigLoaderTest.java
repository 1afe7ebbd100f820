package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir Path dir;

    @Test
    void defaults_are_port_3000_and_sqlite_in_the_data_directory() {
        var cfg = ConfigLoader.load(null, Map.of());
        assertThat(cfg.port()).isEqualTo(3000);
        assertThat(cfg.effectiveDatabaseUrl()).isEqualTo("jdbc:sqlite:" + Path.of("./data").resolve("switchboard.db"));
    }

    @Test
    void every_key_maps_to_an_environment_variable_by_the_project_rule() {
        assertThat(ConfigLoader.envName("port")).isEqualTo("SWITCHBOARD_PORT");
        assertThat(ConfigLoader.envName("data-dir")).isEqualTo("SWITCHBOARD_DATA_DIR");
        assertThat(ConfigLoader.envName("database.url")).isEqualTo("SWITCHBOARD_DATABASE_URL");
        assertThat(ConfigLoader.envName("http.max-body-bytes")).isEqualTo("SWITCHBOARD_HTTP_MAX_BODY_BYTES");
    }

    @Test
    void the_environment_wins_over_the_file() throws Exception {
        Path file = dir.resolve("switchboard.toml");
        Files.writeString(file, "port = 4000\ndata-dir = \"/tmp/a\"\n[database]\nurl = \"jdbc:sqlite:/tmp/x.db\"\n");
        var cfg = ConfigLoader.load(file, Map.of("SWITCHBOARD_PORT", "5000"));
        assertThat(cfg.port()).isEqualTo(5000);
        assertThat(cfg.dataDir()).isEqualTo(Path.of("/tmp/a"));
        assertThat(cfg.effectiveDatabaseUrl()).isEqualTo("jdbc:sqlite:/tmp/x.db");
    }

    @Test
    void unknown_keys_bad_numbers_and_missing_files_are_refused_with_the_key_named() throws Exception {
        Path file = dir.resolve("bad.toml");
        Files.writeString(file, "prot = 4000\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).hasMessageContaining("unknown key 'prot'");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_PORT", "abc")))
                .hasMessageContaining("port must be a whole number").hasMessageContaining("SWITCHBOARD_PORT");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_PORT", "70000")))
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("none.toml"), Map.of())).hasMessageContaining("not found");
    }

    @Test
    void the_widget_directory_is_read_from_the_environment_and_must_hold_a_widget_build() throws Exception {
        assertThat(ConfigLoader.load(null, Map.of()).livechatWidgetDir()).isNull();
        assertThat(ConfigLoader.envName("livechat.widget-dir")).isEqualTo("SWITCHBOARD_LIVECHAT_WIDGET_DIR");
        Path build = Files.createDirectories(dir.resolve("pkg/build"));
        Files.writeString(build.resolve("index.html"), "<html><body></body></html>");

        var cfg = ConfigLoader.load(null, Map.of("SWITCHBOARD_LIVECHAT_WIDGET_DIR", build.toString()));

        assertThat(cfg.livechatWidgetDir()).isEqualTo(build.toRealPath());
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_LIVECHAT_WIDGET_DIR", dir.resolve("pkg").toString())))
                .hasMessageContaining("livechat.widget-dir (SWITCHBOARD_LIVECHAT_WIDGET_DIR)")
                .hasMessageContaining("has no index.html").hasMessageContaining("did you mean " + build);
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_LIVECHAT_WIDGET_DIR", dir.resolve("nope").toString())))
                .hasMessageContaining("is not a directory").hasMessageContaining("@rocket.chat/livechat@1.13.3");
        Path file = dir.resolve("switchboard.toml");
        Files.writeString(file, "[livechat]\nwidget-dir = \"" + build + "\"\n");
        assertThat(ConfigLoader.load(file, Map.of()).livechatWidgetDir()).isEqualTo(build.toRealPath());
    }

    @Test
    void mail_is_off_by_default_with_port_25_the_default_sender_and_a_ten_second_timeout() {
        var mail = ConfigLoader.load(null, Map.of()).mail();
        assertThat(mail.enabled()).isFalse();
        assertThat(mail.smtpPort()).isEqualTo(25);
        assertThat(mail.from()).isEqualTo("Switchboard <no-reply@localhost>");
        assertThat(mail.starttls()).isFalse();
        assertThat(mail.timeout()).isEqualTo(java.time.Duration.ofSeconds(10));
        assertThat(ConfigLoader.envName("mail.smtp-host")).isEqualTo("SWITCHBOARD_MAIL_SMTP_HOST");
        assertThat(ConfigLoader.load(null, Map.of("SWITCHBOARD_MAIL_SMTP_HOST", "")).mail().enabled()).isFalse();
    }

    @Test
    void mail_settings_come_from_the_file_and_the_environment() throws Exception {
        Path file = dir.resolve("switchboard.toml");
        Files.writeString(file, "[mail]\nsmtp-host = \"smtp.example.com\"\nsmtp-port = 587\nstarttls = true\n"
                + "from = \"Shop Support <support@shop.example>\"\nusername = \"mailer\"\npassword = \"from-file\"\n");

        var mail = ConfigLoader.load(file, Map.of("SWITCHBOARD_MAIL_PASSWORD", "from-env", "SWITCHBOARD_MAIL_TIMEOUT_SECONDS", "3")).mail();

        assertThat(mail.enabled()).isTrue();
        assertThat(mail.smtpHost()).isEqualTo("smtp.example.com");
        assertThat(mail.smtpPort()).isEqualTo(587);
        assertThat(mail.starttls()).isTrue();
        assertThat(mail.from()).isEqualTo("Shop Support <support@shop.example>");
        assertThat(mail.username()).isEqualTo("mailer");
        assertThat(mail.password()).isEqualTo("from-env");
        assertThat(mail.timeout()).isEqualTo(java.time.Duration.ofSeconds(3));
        assertThat(mail.toString()).doesNotContain("from-env");
        assertThat(ConfigLoader.load(null, Map.of("SWITCHBOARD_MAIL_STARTTLS", "TRUE")).mail().starttls()).isTrue();
    }

    @Test
    void unusable_mail_settings_stop_the_start_with_the_key_named() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_MAIL_SMTP_HOST", "smtp.example.com:587")))
                .hasMessageContaining("mail.smtp-host").hasMessageContaining("mail.smtp-port");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_MAIL_SMTP_PORT", "0")))
                .hasMessageContaining("mail.smtp-port must be between 1 and 65535");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_MAIL_FROM", "not an address")))
                .hasMessageContaining("mail.from (SWITCHBOARD_MAIL_FROM)");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_MAIL_FROM", "a@example.com, b@example.com")))
                .hasMessageContaining("mail.from");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_MAIL_USERNAME", "mailer")))
                .hasMessageContaining("mail.username and mail.password go together");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_MAIL_STARTTLS", "yes")))
                .hasMessageContaining("mail.starttls must be true or false").hasMessageContaining("SWITCHBOARD_MAIL_STARTTLS");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_MAIL_TIMEOUT_SECONDS", "0")))
                .hasMessageContaining("mail.timeout-seconds must be between 1 and 300");
    }
}
