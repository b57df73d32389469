package io.roundup.domain;

import java.util.List;

/**
 * What the ledger says about an event beside its figures: its review state ({@code pending},
 * {@code approved}, or null when no check caught it) and the fields an analyst's correction set.
 */
public record EventMarks(String review, List<String> correctedFields) {

    public static final EventMarks NONE = new EventMarks(null, List.of());

    public EventMarks {
        correctedFields = correctedFields == null ? List.of() : List.copyOf(correctedFields);
    }

    /** Held out of the summaries: in review and not approved. */
    public boolean pending() {
        return "pending".equals(review);
    }
}
