package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.Mention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Round labels of every kind the news writes, extensions included. */
class RoundLabelsTest {

    @Test
    void seedAndPreSeed() {
        assertThat(RoundLabels.of("closed a $2 billion seed round")).isEqualTo("seed");
        assertThat(RoundLabels.of("a $5 million pre-seed round led by Y Combinator")).isEqualTo("pre-seed");
        assertThat(RoundLabels.of("eine Seed-Finanzierung über 3 Millionen Euro")).isEqualTo("Seed");
        assertThat(RoundLabels.of("eine Pre-Seed-Runde")).isEqualTo("Pre-Seed");
        assertThat(RoundLabels.of("完成种子轮融资")).isEqualTo("seed");
        assertThat(RoundLabels.of("获得天使轮融资")).isEqualTo("angel");
        assertThat(RoundLabels.of("an angel round from friends")).isEqualTo("angel");
    }

    @Test
    void seriesAThroughJ() {
        for (char c = 'A'; c <= 'J'; c++) {
            assertThat(RoundLabels.of("raised $100 million in a Series " + c + " led by Accel")).isEqualTo("Series " + c);
            assertThat(RoundLabels.of("in einer Series-" + c + "-Runde")).isEqualTo("Series " + c);
            assertThat(RoundLabels.of("完成" + c + "轮融资")).isEqualTo("Series " + c);
        }
        assertThat(RoundLabels.of("a C-round of $50 million")).isEqualTo("Series C");
        assertThat(RoundLabels.of("eine Finanzierungsrunde der Serie D")).isEqualTo("Series D");
    }

    @Test
    void strategicAndPreIpo() {
        assertThat(RoundLabels.of("a strategic investment from Samsung")).isEqualTo("Strategic");
        assertThat(RoundLabels.of("a $300 million strategic round")).isEqualTo("Strategic");
        assertThat(RoundLabels.of("完成战略融资")).isEqualTo("Strategic");
        assertThat(RoundLabels.of("a $1 billion pre-IPO round")).isEqualTo("pre-ipo");
        assertThat(RoundLabels.of("Pre-IPO轮融资")).isEqualTo("Pre-IPO");
        assertThat(RoundLabels.of("a Pre-A round")).isEqualTo("Pre-A");
        assertThat(RoundLabels.of("a new funding round")).isNull();
    }

    @Test
    void numberedAndPlusRoundsKeepTheirMark() {
        assertThat(RoundLabels.of("a Series B-2 round of $40 million")).isEqualTo("Series B-2");
        assertThat(RoundLabels.of("its Series B2 financing")).isEqualTo("Series B2");
        assertThat(RoundLabels.of("a Series B+ round")).isEqualTo("Series B+");
        assertThat(RoundLabels.of("B+轮融资")).isEqualTo("Series B+");
        assertThat(RoundLabels.of("3亿美元A1轮战略融资")).isEqualTo("Series A1");
        // a year after the label is not a sub-round
        assertThat(RoundLabels.of("die Series-C-2025 wurde abgeschlossen")).isEqualTo("Series C");
    }

    @Test
    void extensionsSayExtension() {
        assertThat(RoundLabels.of("raised $50 million in a Series B extension")).isEqualTo("Series B extension");
        assertThat(RoundLabels.of("a Series C round extension led by Nvidia")).isEqualTo("Series C extension");
        assertThat(RoundLabels.of("a $100 million extension of its Series B")).isEqualTo("Series B extension");
        assertThat(RoundLabels.of("a $100 million extension to the company's Series D round")).isEqualTo("Series D extension");
        assertThat(RoundLabels.of("has extended its Series A with $20 million")).isEqualTo("Series A extension");
        assertThat(RoundLabels.of("die Aufstockung der Series-B-Runde um 30 Millionen Euro")).isEqualTo("Series B extension");
        assertThat(RoundLabels.of("eine Series-B-Erweiterung über 30 Millionen Euro")).isEqualTo("Series B extension");
        // "extension" elsewhere in the clause is not about the round
        assertThat(RoundLabels.of("raised a Series B to fund the extension of its data centre")).isEqualTo("Series B");
    }

    @Test
    void anExtensionIsItsOwnEventNextToTheRoundItExtends() {
        List<Mention> m = new EventExtractor(CompanyRegistry.empty()).extract(new Article("a.txt", "t", LocalDate.of(2026, 1, 9), "en",
                "Acme Robotics raised $80 million in a Series B led by Accel in March 2025.\n\n"
                        + "Acme Robotics said on Tuesday it had raised a $40 million extension of its Series B, led by Nvidia."));
        assertThat(m).extracting(Mention::roundLabel).containsExactly("Series B", "Series B extension");
        assertThat(m.get(1).amount().toString()).isEqualTo("USD 40000000");
        assertThat(m.get(1).leadInvestors()).containsExactly("Nvidia");
        assertThat(m.get(1).date()).isEqualTo(LocalDate.of(2026, 1, 6));
    }
}
