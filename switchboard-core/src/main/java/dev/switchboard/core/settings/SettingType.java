package dev.switchboard.core.settings;

/** The value type of a setting, which decides how a written value is checked and converted. */
public enum SettingType {
    BOOLEAN("boolean"), STRING("string"), INT("int"), SELECT("select"), MULTI_SELECT("multiSelect"), COLOR("color");

    private final String wireName;

    SettingType(String wireName) { this.wireName = wireName; }

    /** Rocket.Chat's name for the type, shown in setting documents. */
    public String wireName() { return wireName; }
}
