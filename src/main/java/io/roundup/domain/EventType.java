package io.roundup.domain;

/** Kinds of financing event; {@link #code()} is the label used in CSVs and the eval labels. */
public enum EventType {
    FUNDING_ROUND("funding_round"), IPO("ipo"), ACQUISITION("acquisition");

    private final String code;

    EventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static EventType fromCode(String code) {
        for (EventType t : values()) if (t.code.equalsIgnoreCase(code)) return t;
        throw new IllegalArgumentException("unknown event type '" + code + "', expected one of funding_round, ipo, acquisition");
    }
}
