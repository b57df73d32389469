package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.Mention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableRowsTest {

    private static List<Mention> run(String body) {
        return new EventExtractor(CompanyRegistry.empty()).extract(new Article("t.txt", "t", LocalDate.of(2025, 11, 21), "en", body));
    }

    @Test
    void eachRowOfATextTableIsARound() {
        List<Mention> m = run("This week's biggest rounds:\n\n"
                + "Company | Round | Amount | Lead | Valuation\n"
                + "--- | --- | --- | --- | ---\n"
                + "Quillon (Qwire) | Series D | $2.3bn | Accel, Coatue | $29.3bn\n"
                + "Larkspur | Series E | $1.5bn+ | Twig Global | not disclosed\n\n"
                + "Quillon said the money goes into research.");
        assertThat(m).extracting(x -> x.company() + " " + x.amount() + " " + x.roundLabel() + " " + x.leadInvestors() + " " + x.postMoney())
                .containsExactly("Quillon (Qwire) USD 2300000000 Series D [Accel, Coatue] USD 29300000000",
                        "Larkspur USD 1500000000 Series E [Twig Global] null");
    }

    @Test
    void germanHeadersAndRowsWithoutAHeader() {
        List<Mention> m = run("Unternehmen | Runde | Betrag | Lead-Investor\n"
                + "Helmwerk (München) | Series D | 600 Mio. Euro | Prima Capital\n\n"
                + "Brightloom | Series A | $25M | Index Ventures\n");
        assertThat(m).extracting(x -> x.company() + " " + x.amount()).containsExactly("Helmwerk (München) EUR 600000000", "Brightloom USD 25000000");
    }

    @Test
    void aTableWithoutFiguresOrRoundsIsNoRound() {
        assertThat(run("Home | News | Startups | Subscribe\nMarket | Close | Change\nNasdaq | 18,000 | +1%")).isEmpty();
    }
}
