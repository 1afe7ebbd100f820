package dev.switchboard.core.hours;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.User;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Business hours of departments: reading and changing a department's definition, and the question
 * routing asks on every decision, {@link #isOpen}. The setting {@value #ENABLED} switches the feature:
 * while it is false every department is open. A department without a definition is always open.
 * Thread-safe.
 *
 * <p>{@code isOpen} reads definitions from {@link DefinitionCache}, which writes through this service
 * invalidate at once; changes made on another node are seen after at most the cache's lifetime.
 */
public final class BusinessHoursService {
    /** Rocket.Chat's setting id for the whole feature (boolean, default false). */
    public static final String ENABLED = "Livechat_enable_business_hours";
    /** The top-level table of exported TOML when the caller names no country. */
    public static final String DEFAULT_TABLE = "hours";
    private static final int PROBLEMS_IN_REASON = 10;

    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final DefinitionCache cache;

    public BusinessHoursService(Store store, Clock clock, Settings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.cache = new DefinitionCache(store);
    }

    /**
     * A department's definition with its evaluation now.
     *
     * @param hours     nullable: the department has no business hours
     * @param enabled   the value of {@value #ENABLED}
     * @param open      whether the department takes chats now ({@link #isOpen})
     * @param dayStatus nullable (with {@code hours}): the definition's day status now, whatever {@code enabled} says
     */
    public record DepartmentHours(BusinessHours hours, boolean enabled, boolean open, DayStatus dayStatus) {}

    /** @throws Invalid {@code error-department-not-found} */
    public DepartmentHours get(User actor, String departmentId) {
        RolePermissions.require(actor, Permission.VIEW_LIVECHAT_DEPARTMENTS, Permission.VIEW_L_ROOM);
        return describe(store.read(tx -> {
            tx.departments().findById(departmentId).orElseThrow(BusinessHoursService::departmentNotFound);
            return tx.businessHours().find(departmentId);
        }).orElse(null));
    }

    /**
     * Replaces a department's definition with one given in the JSON shape of {@link BusinessHoursMaps}.
     *
     * @throws Invalid {@code error-invalid-business-hours} listing every problem, or {@code error-department-not-found}
     */
    public DepartmentHours set(User actor, String departmentId, Map<String, ?> definition) {
        RolePermissions.require(actor, Permission.MANAGE_LIVECHAT_DEPARTMENTS);
        return save(departmentId, validated(() -> BusinessHoursMaps.fromMap(definition)));
    }

    /**
     * Replaces a department's definition with a TOML file's (live-agents-mediator.md §7.1).
     *
     * @param expectedTable nullable: the country code the file's table must carry
     * @throws Invalid as {@link #set}
     */
    public DepartmentHours importToml(User actor, String departmentId, String toml, String expectedTable) {
        RolePermissions.require(actor, Permission.MANAGE_LIVECHAT_DEPARTMENTS);
        return save(departmentId, validated(() -> BusinessHoursToml.parse(toml, expectedTable)));
    }

    /**
     * A department's definition as a TOML file.
     *
     * @param table nullable: the top-level table's name, else {@value #DEFAULT_TABLE}
     * @throws Invalid {@code error-business-hours-not-found} when the department has none
     */
    public String exportToml(User actor, String departmentId, String table) {
        BusinessHours hours = get(actor, departmentId).hours();
        if (hours == null) {
            throw new Invalid("error-business-hours-not-found", "The department has no business hours");
        }
        return BusinessHoursToml.write(hours, table == null ? DEFAULT_TABLE : table);
    }

    /** Removes a department's definition (it is then always open); removing none is no error. */
    public void delete(User actor, String departmentId) {
        RolePermissions.require(actor, Permission.MANAGE_LIVECHAT_DEPARTMENTS);
        store.write(tx -> {
            tx.departments().findById(departmentId).orElseThrow(BusinessHoursService::departmentNotFound);
            return tx.businessHours().delete(departmentId);
        });
        cache.invalidate();
    }

    /**
     * Whether the department takes new chats at {@code now}: always while the feature is off, for no
     * department, and for a department without business hours (also an unknown one). Cheap: no
     * database access while the cache is fresh.
     *
     * @param departmentIdOrNull null: no department, hence open
     */
    public boolean isOpen(String departmentIdOrNull, Instant now) {
        if (departmentIdOrNull == null || !settings.bool(ENABLED)) return true;
        BusinessHours hours = cache.definitions().get(departmentIdOrNull);
        return hours == null || hours.isOpen(now);
    }

    /**
     * {@link #isOpen} for any department at {@code now}, with the definitions read once, here. Call it
     * outside a transaction and use the answer inside one: the cache must not open a read of its own
     * within the caller's write.
     */
    public java.util.function.Predicate<String> openAt(Instant now) {
        if (!settings.bool(ENABLED)) return departmentId -> true;
        var definitions = cache.definitions();
        return departmentId -> {
            BusinessHours hours = departmentId == null ? null : definitions.get(departmentId);
            return hours == null || hours.isOpen(now);
        };
    }

    /** {@link #isOpen} at the service clock's instant. */
    public boolean isOpenNow(String departmentIdOrNull) { return isOpen(departmentIdOrNull, clock.instant()); }

    /**
     * When {@link #isOpen} next changes for the department, for callers that re-check then.
     *
     * @return empty while the feature is off, for a department without business hours, or when
     *         nothing changes within {@link BusinessHours#nextChange}'s horizon
     */
    public Optional<Instant> nextChange(String departmentId, Instant now) {
        if (departmentId == null || !settings.bool(ENABLED)) return Optional.empty();
        BusinessHours hours = cache.definitions().get(departmentId);
        return hours == null ? Optional.empty() : hours.nextChange(now);
    }

    private DepartmentHours save(String departmentId, BusinessHours hours) {
        store.write(tx -> {
            tx.departments().findById(departmentId).orElseThrow(BusinessHoursService::departmentNotFound);
            tx.businessHours().upsert(departmentId, hours, clock.instant());
            return null;
        });
        cache.invalidate();
        return describe(hours);
    }

    private DepartmentHours describe(BusinessHours hours) {
        Instant now = clock.instant();
        boolean enabled = settings.bool(ENABLED);
        if (hours == null) return new DepartmentHours(null, enabled, true, null);
        DayStatus status = hours.dayStatus(now);
        return new DepartmentHours(hours, enabled, !enabled || status.registrationAvailable(), status);
    }

    private static BusinessHours validated(Supplier<BusinessHours> parse) {
        try {
            return parse.get();
        } catch (InvalidBusinessHours e) {
            List<String> problems = e.problems();
            String reason = String.join("; ", problems.subList(0, Math.min(problems.size(), PROBLEMS_IN_REASON)))
                    + (problems.size() > PROBLEMS_IN_REASON ? "; and " + (problems.size() - PROBLEMS_IN_REASON) + " more" : "");
            throw new Invalid("error-invalid-business-hours", "Invalid business hours: " + reason,
                    Map.of("problems", problems.subList(0, Math.min(problems.size(), 100))));
        }
    }

    private static Invalid departmentNotFound() { return new Invalid("error-department-not-found", "Department not found"); }
}
