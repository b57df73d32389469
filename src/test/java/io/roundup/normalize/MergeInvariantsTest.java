package io.roundup.normalize;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Mention;
import io.roundup.domain.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MergeInvariantsTest {

    private static NormalizedMention mention(String file, int seq, String company, String amount) {
        Mention m = new Mention(file, company, EventType.FUNDING_ROUND, EventStatus.COMPLETED, Money.of(amount, "USD"), null,
                null, null, LocalDate.of(2026, 1, 6), List.of(), null, null, null, null, "");
        return new NormalizedMention(m, seq, company, true, "US", null, null, null, null, null, null, null);
    }

    private final List<NormalizedMention> mentions = List.of(mention("a.html", 1, "xAI", "20000000000"),
            mention("b.html", 1, "xAI", "20000000000"), mention("b.html", 2, "Acme", "5000000"));

    @Test
    void theMergerKeepsEveryMentionInExactlyOneEvent() {
        List<EventMerger.Merged> merged = new EventMerger().mergeWithMembers(mentions);
        assertThat(merged).hasSize(2);
        assertThat(MergeInvariants.violations(mentions, merged)).isEmpty();
    }

    @Test
    void aLostADoubledOrAnInventedMentionIsNamed() {
        List<EventMerger.Merged> merged = new ArrayList<>(new EventMerger().mergeWithMembers(mentions));
        EventMerger.Merged acme = merged.stream().filter(m -> m.event().company().equals("Acme")).findFirst().orElseThrow();
        EventMerger.Merged xai = merged.stream().filter(m -> m.event().company().equals("xAI")).findFirst().orElseThrow();
        merged.remove(acme);
        merged.add(new EventMerger.Merged(acme.event(), List.of()));
        merged.add(new EventMerger.Merged(xai.event(), List.of(xai.members().get(0), mention("c.html", 1, "xAI", "1"))));
        assertThat(MergeInvariants.violations(mentions, merged)).containsExactlyInAnyOrder(
                acme.event().eventId() + " (Acme): no source",
                "mention a.html#1 (xAI) is in 2 events",
                "mention b.html#2 (Acme) is in no event",
                "event member c.html#1 is not one of the mentions");
    }
}
