package io.roundup.review;

import java.util.List;

/**
 * A finding as the analyst sees it in {@code review.csv}: with the event's evidence sentence and
 * sources, and its state ({@link Reviews#PENDING} or {@link Reviews#APPROVED}, with who approved).
 */
public record ReviewRow(Finding finding, String evidence, List<String> sources, String status, String approvedBy) {

    public ReviewRow {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
