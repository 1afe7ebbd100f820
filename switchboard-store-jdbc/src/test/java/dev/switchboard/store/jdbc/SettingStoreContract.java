package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.store.StoreTx;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code SettingStore}: JSON-shaped values, integers always as Long. */
interface SettingStoreContract extends StoreFixture {

    @Test
    default void no_settings_are_stored_at_first() {
        assertThat(read((StoreTx tx) -> tx.settings().loadAll())).isEmpty();
    }

    @Test
    default void values_come_back_json_shaped_with_integers_as_long() {
        run(tx -> {
            tx.settings().put("text", "hello", at(0));
            tx.settings().put("flag", true, at(0));
            tx.settings().put("int", 42, at(0));
            tx.settings().put("long", 5_000_000_000L, at(0));
            tx.settings().put("double", 0.25, at(0));
            tx.settings().put("list", List.of("a", 1, false), at(0));
            tx.settings().put("map", Map.of("n", 7, "inner", Map.of("x", List.of(1.5))), at(0));
        });
        Map<String, Object> all = read(tx -> tx.settings().loadAll());
        assertThat(all).containsOnly(
                Map.entry("text", "hello"),
                Map.entry("flag", true),
                Map.entry("int", 42L),
                Map.entry("long", 5_000_000_000L),
                Map.entry("double", 0.25),
                Map.entry("list", List.of("a", 1L, false)),
                Map.entry("map", Map.of("n", 7L, "inner", Map.of("x", List.of(1.5)))));
        assertThat(all.get("int")).isInstanceOf(Long.class);
    }

    @Test
    default void putting_a_setting_again_replaces_its_value() {
        run(tx -> tx.settings().put("Livechat_enabled", false, at(0)));
        run(tx -> tx.settings().put("Livechat_enabled", true, at(1)));
        assertThat(read((StoreTx tx) -> tx.settings().loadAll())).containsExactly(Map.entry("Livechat_enabled", true));
    }
}
