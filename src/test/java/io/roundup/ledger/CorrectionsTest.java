package io.roundup.ledger;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Mention;
import io.roundup.domain.Money;
import io.roundup.domain.Reject;
import io.roundup.ledger.Correction.Action;
import io.roundup.normalize.EventMerger;
import io.roundup.normalize.EventMerger.Merged;
import io.roundup.normalize.NormalizedMention;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CorrectionsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 18);

    /** USD 1 per USD, EUR 0.5 per USD: enough to see the USD figures follow a correction. */
    static NormalizedMention normalized(Mention m, int seq) {
        BigDecimal perUsd = m.amount() != null && m.amount().currencyCode().equals("EUR") ? new BigDecimal("0.5") : BigDecimal.ONE;
        return new NormalizedMention(m, seq, m.company(), true, "US", "USD", perUsd, DAY, "test",
                m.amount() == null ? null : m.amount().amount().divide(perUsd),
                m.postMoney() == null ? null : m.postMoney().amount().divide(perUsd), null);
    }

    static NormalizedMention mention(String file, String company, String amount, String post, LocalDate date) {
        return normalized(new Mention(file, company, EventType.FUNDING_ROUND, EventStatus.COMPLETED, Money.of(amount, "USD"),
                post == null ? null : Money.of(post, "USD"), null, "Series E", date, List.of("Old Lead"), null, null, null, null,
                "the original sentence of " + file), 1);
    }

    private final Corrections corrections = new Corrections((before, changed) -> normalized(changed, before.seq()));
    private final List<Merged> ledger = new EventMerger().mergeWithMembers(List.of(
            mention("perplexity.txt", "Perplexity", "500000000", "200000000", DAY),
            mention("cohere.txt", "Cohere", "500000000", "6800000000", DAY),
            mention("cohere-2.txt", "Cohere", "450000000", null, DAY.plusDays(3))));

    private String id(String company, String file) {
        return ledger.stream().filter(m -> m.event().company().equals(company) && m.event().sources().contains(file))
                .findFirst().orElseThrow().event().eventId();
    }

    private static Correction byEvent(long line, String id, Action action, CorrectionField field, String value) {
        return new Correction(line, id, null, null, action, field, value, "ana", "checked the press release");
    }

    private static Correction byDocument(long line, String document, String company, Action action, CorrectionField field,
                                         String value) {
        return new Correction(line, null, document, company, action, field, value, "ana", "checked the press release");
    }

    private static FundingEvent event(Corrections.Outcome o, String id) {
        return o.events().stream().map(Merged::event).filter(e -> e.eventId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aSetChangesTheFieldKeepsTheIdAndTheEvidenceAndTheUsdFollows() {
        String id = id("Perplexity", "perplexity.txt");
        Corrections.Outcome o = corrections.apply(ledger, List.of(
                byDocument(2, "perplexity.txt", "perplexity", Action.SET, CorrectionField.VALUATION, "20000000000"),
                byEvent(3, id, Action.SET, CorrectionField.AMOUNT, "EUR 400000000"),
                byEvent(4, id, Action.SET, CorrectionField.LEADS, "IVP; NEA"),
                byEvent(5, id, Action.SET, CorrectionField.ROUND, "Series E-2"),
                byEvent(6, id, Action.SET, CorrectionField.STATUS, "announced"),
                byEvent(7, id, Action.SET, CorrectionField.DATE, "2025-07-17")), "corrections.csv");
        FundingEvent e = event(o, id);
        assertThat(e.postMoney()).isEqualTo(Money.of("20000000000", "USD"));
        assertThat(e.amount()).isEqualTo(Money.of("400000000", "EUR"));
        assertThat(e.amountUsd()).isEqualByComparingTo("800000000");
        assertThat(e.leadInvestors()).containsExactly("IVP", "NEA");
        assertThat(e.roundLabel()).isEqualTo("Series E-2");
        assertThat(e.status()).isEqualTo(EventStatus.ANNOUNCED);
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 7, 17));
        assertThat(e.evidence()).isEqualTo("the original sentence of perplexity.txt");
        assertThat(o.correctedFields()).containsEntry(id, List.of("post_money_valuation", "amount", "lead_investors",
                "round_label", "status", "date"));
        assertThat(o.unapplied()).isEmpty();
    }

    @Test
    void aCurrencySetChangesTheAmountsCurrency() {
        String id = id("Perplexity", "perplexity.txt");
        Corrections.Outcome o = corrections.apply(ledger, List.of(byEvent(2, id, Action.SET, CorrectionField.CURRENCY, "EUR")), "c");
        assertThat(event(o, id).amount()).isEqualTo(Money.of("500000000", "EUR"));
        assertThat(o.correctedFields().get(id)).containsExactly("currency");
    }

    @Test
    void notAnEventDropsItAndSaysWhy() {
        String id = id("Perplexity", "perplexity.txt");
        Corrections.Outcome o = corrections.apply(ledger, List.of(byEvent(2, id, Action.NOT_EVENT, null, "")), "c");
        assertThat(o.events()).extracting(m -> m.event().eventId()).doesNotContain(id).hasSize(ledger.size() - 1);
        assertThat(o.dropped()).containsOnlyKeys(id);
    }

    @Test
    void aMergeJoinsTheOtherEventsSourcesUnderTheTargetsId() {
        String first = id("Cohere", "cohere.txt");
        String second = id("Cohere", "cohere-2.txt");
        assertThat(first).isNotEqualTo(second);
        Corrections.Outcome o = corrections.apply(ledger, List.of(
                byEvent(2, first, Action.MERGE, null, "cohere-2.txt#Cohere")), "c");
        assertThat(o.events()).hasSize(ledger.size() - 1);
        FundingEvent merged = event(o, first);
        assertThat(merged.sources()).containsExactly("cohere-2.txt", "cohere.txt");
        assertThat(merged.conflicts()).anySatisfy(c -> assertThat(c).startsWith("amount:"));
        assertThat(o.correctedFields().get(first)).containsExactly("sources");
    }

    @Test
    void anApprovalNamesWhoApproved() {
        String id = id("Perplexity", "perplexity.txt");
        Corrections.Outcome o = corrections.apply(ledger, List.of(byEvent(2, id, Action.APPROVE, null, "")), "c");
        assertThat(o.approvals()).containsExactly(Map.entry(id, "ana"));
        assertThat(o.events()).hasSize(ledger.size());
    }

    @Test
    void aTargetThatIsGoneOrAmbiguousIsReportedNeverDropped() {
        String first = id("Cohere", "cohere.txt");
        Corrections.Outcome o = corrections.apply(ledger, List.of(
                byEvent(2, "ev-000000000000", Action.APPROVE, null, ""),
                byDocument(3, "gone.txt", "Cohere", Action.NOT_EVENT, null, ""),
                byEvent(4, first, Action.MERGE, null, first),
                byEvent(5, first, Action.NOT_EVENT, null, ""),
                byEvent(6, first, Action.APPROVE, null, "")), "corrections.csv");
        assertThat(o.unapplied()).extracting(Reject::line, Reject::reason).containsExactly(
                tuple(2L, "correction_target_missing: no event ev-000000000000 in this run's ledger (approve by ana)"),
                tuple(3L, "correction_target_missing: no event of Cohere in gone.txt (not_event by ana)"),
                tuple(4L, "correction_merge_with_itself: " + first + " is the target event " + first
                        + " (merge " + first + " by ana)"),
                tuple(6L, "correction_target_missing: no event " + first
                        + " in this run's ledger (approve by ana)"));
        assertThat(o.unapplied()).allSatisfy(r -> assertThat(r.source()).isEqualTo("corrections.csv"));
    }

    @Test
    void aDocumentReportingTwoEventsOfTheCompanyIsAmbiguous() {
        List<Merged> two = new EventMerger().mergeWithMembers(List.of(mention("a.txt", "Cohere", "500000000", null, DAY),
                normalized(new Mention("a.txt", "Cohere", EventType.FUNDING_ROUND, EventStatus.COMPLETED, Money.of("90000000", "USD"),
                        null, null, "Series B", DAY.minusYears(2), List.of(), null, null, null, null, ""), 2)));
        Corrections.Outcome o = corrections.apply(two, List.of(byDocument(2, "a.txt", "Cohere", Action.APPROVE, null, "")), "c");
        assertThat(o.unapplied()).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("correction_ambiguous: a.txt reports 2 events of Cohere"));
    }
}
