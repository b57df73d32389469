package io.roundup.ledger;

import java.util.Objects;

/**
 * One analyst's correction, line {@code line} of {@code corrections.csv}. The target is an event
 * ({@code eventId}), or the event that a document reports for a company ({@code document} and
 * {@code company}). {@code field}/{@code value} for {@link Action#SET}; for {@link Action#MERGE},
 * {@code value} names the event merged into the target, by id or as {@code document#company}.
 */
public record Correction(long line, String eventId, String document, String company, Action action,
                         CorrectionField field, String value, String who, String why) {

    public enum Action {
        SET("set"), NOT_EVENT("not_event"), MERGE("merge"), APPROVE("approve");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Action fromCode(String code) {
            for (Action a : values()) if (a.code.equalsIgnoreCase(code.trim())) return a;
            throw new IllegalArgumentException("unknown action '" + code + "', expected set, not_event, merge or approve");
        }
    }

    public Correction {
        Objects.requireNonNull(action, "action");
        if (blank(who) || blank(why)) throw new IllegalArgumentException("a correction says who made it and why");
        boolean byEvent = !blank(eventId);
        boolean byDocument = !blank(document) && !blank(company);
        if (byEvent == byDocument) {
            throw new IllegalArgumentException("a correction names its event by event_id, or by document and company (not both)");
        }
        if (action == Action.SET) {
            if (field == null) throw new IllegalArgumentException("a set needs a field");
            field.check(value);
        } else if (field != null) {
            throw new IllegalArgumentException("only a set takes a field, not " + action.code());
        }
        if (action == Action.MERGE && blank(value)) {
            throw new IllegalArgumentException("a merge names the other event in value (an event id or document#company)");
        }
    }

    /** The target as the analyst wrote it: {@code ev-…} or {@code document#company}. */
    public String target() {
        return blank(eventId) ? document + "#" + company : eventId;
    }

    /** "set amount=…", "not_event", "merge ev-…", "approve", for messages. */
    public String what() {
        return switch (action) {
            case SET -> "set " + field.code() + "=" + value;
            case MERGE -> "merge " + value;
            default -> action.code();
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
