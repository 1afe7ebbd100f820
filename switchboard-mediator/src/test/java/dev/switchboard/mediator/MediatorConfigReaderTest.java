package dev.switchboard.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MediatorConfigReaderTest {

    @Test
    void an_enabled_mediator_without_a_rapidpro_url_or_token_refuses_to_start_without_showing_the_token() {
        // Checklist 2.
        assertThatThrownBy(() -> MediatorConfigReader.read(Map.of("mediator.enabled", true,
                "mediator.rapidpro.api-token", "t0k3n"), k -> "ENV_" + k))
                .hasMessageContaining("mediator.rapidpro.base-url").hasMessageNotContaining("t0k3n");
        assertThatThrownBy(() -> MediatorConfigReader.read(Map.of("mediator.enabled", "true",
                "mediator.rapidpro.base-url", "http://127.0.0.1:1"), k -> "ENV_" + k))
                .hasMessageContaining("mediator.rapidpro.api-token");
    }

    @Test
    void map_keys_come_from_toml_tables_or_environment_lists_and_the_token_is_hidden_in_to_string() {
        MediatorConfig c = MediatorConfigReader.read(Map.of("mediator.enabled", true,
                "mediator.rapidpro.base-url", "http://127.0.0.1:1/", "mediator.rapidpro.api-token", "t0k3n",
                "mediator.country-map", "XKX=xk", "mediator.department-map.SALUD.project", "hiv",
                "mediator.department-map.SALUD.country", "gt", "mediator.end-of-chat", "flow-start",
                "mediator.end-of-chat-flow-uuid", "f-1"), k -> k);
        assertThat(c.countryMap()).containsEntry("XKX", "xk");
        assertThat(c.departmentMap()).containsEntry("SALUD", new MediatorConfig.ProjectCountry("hiv", "gt"));
        assertThat(c.endOfChat()).isEqualTo(MediatorConfig.EndOfChat.FLOW_START);
        assertThat(c.baseUrl()).isEqualTo("http://127.0.0.1:1");
        assertThat(c.toString()).doesNotContain("t0k3n");
        assertThat(c.notes()).isEqualTo(MediatorConfig.Notes.DEFAULT);
        assertThat(c.webhookMaxAttempts()).isEqualTo(5);
    }

    @Test
    void the_agent_note_texts_and_the_session_idle_time_are_configurable() {
        // Checklist 23, 25 (the note texts), 45 (the idle time).
        MediatorConfig c = MediatorConfigReader.read(Map.of("mediator.enabled", true,
                "mediator.rapidpro.base-url", "http://127.0.0.1:1", "mediator.rapidpro.api-token", "t",
                "mediator.texts.delivery-failed", "Not delivered: {text}", "mediator.texts.too-long", "Over {max}",
                "mediator.sessions.idle-ttl-minutes", "90"), k -> k);
        assertThat(c.notes()).isEqualTo(new MediatorConfig.Notes("Not delivered: {text}", "Over {max}"));
        assertThat(c.sessionIdleTtl()).isEqualTo(java.time.Duration.ofMinutes(90));
        assertThat(MediatorConfigReader.KEYS).contains("mediator.texts.delivery-failed", "mediator.texts.too-long");
    }

    @Test
    void public_file_links_last_a_week_unless_mediator_files_link_ttl_hours_says_otherwise() {
        // Checklist 22: the lifetime of the signed links; bad values are refused with the key named.
        assertThat(MediatorConfigReader.read(Map.of(), k -> k).fileLinkTtl()).isEqualTo(java.time.Duration.ofDays(7));
        assertThat(MediatorConfigReader.read(Map.of("mediator.files.link-ttl-hours", "2"), k -> k).fileLinkTtl())
                .isEqualTo(java.time.Duration.ofHours(2));
        assertThatThrownBy(() -> MediatorConfigReader.read(Map.of("mediator.files.link-ttl-hours", "0"), k -> "ENV_TTL"))
                .hasMessageContaining("mediator.files.link-ttl-hours must be between 1 and").hasMessageContaining("ENV_TTL");
        assertThat(MediatorConfigReader.KEYS).contains("mediator.files.link-ttl-hours");
    }

    @Test
    void department_names_map_to_business_hours_keys_with_iso_alpha3_and_overrides() {
        // Checklist 14.
        var keys = new BusinessKeys(Map.of("SALUD", new MediatorConfig.ProjectCountry("hiv", "gt")),
                new dev.switchboard.mediator.hours.CountryCodes(Map.of("XKX", "xk")));
        assertThat(keys.resolve("GTM_HIV_GENERAL", null, null)).isEqualTo(new BusinessKeys.Keys("hiv", "gt"));
        assertThat(keys.resolve("SALUD", null, null)).isEqualTo(new BusinessKeys.Keys("hiv", "gt"));
        assertThat(keys.resolve("XKX_FP", null, null)).isEqualTo(new BusinessKeys.Keys("fp", "xk"));
        assertThat(keys.resolve("GTM_FP", "other", "HN")).isEqualTo(new BusinessKeys.Keys("other", "hn"));
    }
}
