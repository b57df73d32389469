package io.roundup.review;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewsTest {

    @Test
    void aFindingIsPendingUntilItsEventIsApprovedAndCarriesTheEvidence() {
        var events = List.of(RowChecksTest.round("ev-1", "xAI", "20", "2", null, null),
                RowChecksTest.round("ev-2", "Acme", "0", null, null, null));
        var findings = List.of(new Finding("ev-1", "xAI", "post_below_amount", "below"),
                new Finding("ev-1", "xAI", "valuation_jump", "jump"),
                new Finding("ev-2", "Acme", "not_positive", "zero"));
        List<ReviewRow> rows = Reviews.rows(findings, events, Map.of("ev-2", "ana"));
        assertThat(rows).extracting(ReviewRow::status, ReviewRow::approvedBy).containsExactly(
                tuple("pending", null), tuple("pending", null),
                tuple("approved", "ana"));
        assertThat(rows.get(0).evidence()).isEqualTo("evidence of ev-1");
        assertThat(rows.get(0).sources()).containsExactly("ev-1.html");
        assertThat(Reviews.states(rows)).containsExactly(Map.entry("ev-1", "pending"), Map.entry("ev-2", "approved"));
    }

    @Test
    void aFindingOnAnEventOutsideTheLedgerIsABug() {
        assertThatThrownBy(() -> Reviews.rows(List.of(new Finding("ev-9", "X", "c", "d")), List.of(), Map.of()))
                .hasMessageContaining("ev-9");
    }
}
