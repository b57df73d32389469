package io.roundup.domain;

/** How far an event has got, as the text tells it. Order: most to least certain. */
public enum EventStatus {
    COMPLETED("completed"), ANNOUNCED("announced"), PLANNED("planned"), IN_TALKS("in_talks"), REPORTED("reported");

    private final String code;

    EventStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static EventStatus fromCode(String code) {
        for (EventStatus s : values()) if (s.code.equalsIgnoreCase(code)) return s;
        throw new IllegalArgumentException("unknown status '" + code + "', expected one of completed, announced, planned, in_talks, reported");
    }
}
