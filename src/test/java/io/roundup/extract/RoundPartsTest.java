package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.Mention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoundPartsTest {

    private static List<Mention> run(String body) {
        return new EventExtractor(CompanyRegistry.empty()).extract(new Article("p.txt", "t", LocalDate.of(2025, 6, 2), "en", body));
    }

    @Test
    void oneCompanysHistoryInOneClauseIsOneRoundPerFigure() {
        List<Mention> m = run("Tessaly Robotics raised $45 million in a Series A in 2022 and $180 million in a Series B led by Norrow Capital in 2024.");
        assertThat(m).extracting(x -> x.amount().toString(), Mention::roundLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("USD 45000000", "Series A"), org.assertj.core.groups.Tuple.tuple("USD 180000000", "Series B"));
        assertThat(m.get(1).leadInvestors()).containsExactly("Norrow Capital");
        assertThat(m.get(0).leadInvestors()).isEmpty();
    }

    @Test
    void aConversionATargetOrOneRoundToldTwiceIsNotCut() {
        assertThat(run("Tessaly Robotics raised €90 million, or about $98 million, in a Series B in 2024.")).hasSize(1);
        assertThat(run("Tessaly Robotics raised $45 million from Norrow and $20 million from Pell in its Series A.")).hasSize(1);
        assertThat(run("Tessaly Robotics raised $45 million, above the $30 million target set in March.")).hasSize(1);
    }

    @Test
    void aLargerFigureAfterAtIsTheValuation() {
        List<Mention> m = run("Tessaly Robotics closed a $300M Series E at $5B this week.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).postMoney().toString()).isEqualTo("USD 5000000000");
        assertThat(run("Tessaly Robotics sold 10 million shares at $40 in its IPO on Nasdaq.").get(0).postMoney()).isNull();
    }
}
