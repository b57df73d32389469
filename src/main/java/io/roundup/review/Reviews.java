package io.roundup.review;

import io.roundup.domain.FundingEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns findings into the review list and each event's review state. An event with a finding is
 * {@code pending} (kept out of the summaries) until an analyst approves it; an approval covers every
 * finding of the event, since it says "this row is right as it stands".
 */
public final class Reviews {

    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";

    private Reviews() {
    }

    /** One row per finding, in ledger order; {@code approvals} maps an event id to who approved it. */
    public static List<ReviewRow> rows(List<Finding> findings, List<FundingEvent> events, Map<String, String> approvals) {
        Map<String, FundingEvent> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.eventId(), e));
        List<ReviewRow> out = new ArrayList<>();
        for (Finding f : findings) {
            FundingEvent e = byId.get(f.eventId());
            if (e == null) throw new IllegalArgumentException("a finding names event " + f.eventId() + ", which is not in the ledger");
            String by = approvals.get(f.eventId());
            out.add(new ReviewRow(f, e.evidence(), e.sources(), by == null ? PENDING : APPROVED, by));
        }
        return out;
    }

    /** The review state of each event that has a finding: pending while any of its rows is. */
    public static Map<String, String> states(List<ReviewRow> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ReviewRow r : rows) {
            out.merge(r.finding().eventId(), r.status(), (a, b) -> a.equals(PENDING) || b.equals(PENDING) ? PENDING : APPROVED);
        }
        return out;
    }
}
