package dev.switchboard.mediator;

import dev.switchboard.mediator.hours.CountryCodes;
import java.util.Locale;
import java.util.Map;

/**
 * Which business hours a department uses (live-agents-mediator.md §4.3 step 2): the body's override,
 * else the configured department map, else the name {@code COUNTRY_PROJECT[_SUB]} with an alpha-3
 * country. Immutable, thread-safe.
 */
public final class BusinessKeys {
    private final Map<String, MediatorConfig.ProjectCountry> departments;
    private final CountryCodes countries;

    public BusinessKeys(Map<String, MediatorConfig.ProjectCountry> departments, CountryCodes countries) {
        this.departments = Map.copyOf(departments);
        this.countries = countries;
    }

    /** A project (lower case) and an alpha-2 country (lower case; as given when it maps to nothing). */
    public record Keys(String project, String country) {}

    /** @param project, country nullable overrides from the request body */
    public Keys resolve(String departmentName, String project, String country) {
        String name = departmentName.toUpperCase(Locale.ROOT);
        MediatorConfig.ProjectCountry mapped = departments.get(name);
        String[] parts = name.split("_");
        String p = project != null ? project : mapped != null ? mapped.project() : parts.length > 1 ? parts[1] : name;
        String c = country != null ? country : mapped != null ? mapped.country() : parts[0];
        return new Keys(p.toLowerCase(Locale.ROOT), countries.alpha2(c).orElse(c.toLowerCase(Locale.ROOT)));
    }
}
