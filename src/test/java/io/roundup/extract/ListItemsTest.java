package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.Mention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListItemsTest {

    private static List<Mention> run(String body) {
        return new EventExtractor(CompanyRegistry.empty()).extract(new Article("p.txt", "t", LocalDate.of(2025, 6, 2), "en", body));
    }

    @Test
    void aRoundUpLineWithoutAVerbIsARoundOfItsHead() {
        List<Mention> m = run("THIS WEEK\n\n• Pellwood — $42M Series B at $400M (lead: Norrow Capital) The data start-up plans to hire.\n\n"
                + "• Ostrava Labs: $8 million seed (co-leads: Pell Ventures, Quarry Partners)");
        assertThat(m).extracting(Mention::company).containsExactly("Pellwood", "Ostrava Labs");
        assertThat(m.get(0).postMoney().toString()).isEqualTo("USD 400000000");
        assertThat(m.get(0).leadInvestors()).containsExactly("Norrow Capital");
        assertThat(m.get(1).leadInvestors()).containsExactly("Pell Ventures", "Quarry Partners");
    }

    @Test
    void aTimelineLineTellsARoundOfTheCompanyTheListIsAbout() {
        List<Mention> m = run("Pellwood has raised money three times.\n\n1. March 2023 — $12 million at a $90 million valuation.\n\n"
                + "2. May 2024 — $42 million at a $400 million valuation, led by Norrow Capital.");
        assertThat(m).extracting(Mention::company).containsOnly("Pellwood");
        assertThat(m).extracting(x -> x.amount().toString()).containsExactly("USD 12000000", "USD 42000000");
    }

    @Test
    void keyFiguresAndAnInvestorsOwnMoneyAreNoRounds() {
        assertThat(run("Issue size: ₹1,200 crore\n\nPrice band: ₹95-100")).isEmpty();
        assertThat(run("- Norrow Capital: $1.3 billion across its early-stage and growth vehicles.")).isEmpty();
        assertThat(run("- $14B: what the sector raised in May.")).isEmpty();
    }

    @Test
    void aSectorWordBeforeAGenericLastWordBelongsToTheName() {
        assertThat(run("Quantum Systems raised €160 million in a round led by Norrow Capital.")).extracting(Mention::company)
                .containsExactly("Quantum Systems");
        assertThat(run("Quantum start-up Pellwood raised €16 million.")).extracting(Mention::company).containsExactly("Pellwood");
    }

    @Test
    void aFullerNameIsOnlyCapitalisedWords() {
        List<Mention> m = run("Pellwood raised $42 million in a Series B. Expect a flood of \"Pellwood for Lawyers\" pitches.");
        assertThat(m).extracting(Mention::company).containsExactly("Pellwood");
    }

    @Test
    void aSeatBeforeTheNameAndAWhoseClauseAfterItLeaveTheCompany() {
        assertThat(run("In May, Lisbon-based Pellwood Analytics raised $42 million in a round led by Norrow Capital."))
                .extracting(Mention::company).containsExactly("Pellwood Analytics");
        assertThat(run("Ohio-based Pellwood, whose scanners are used by hospitals, announced a $42 million Series B in May."))
                .extracting(Mention::company).containsExactly("Pellwood");
    }

    @Test
    void aRoundForACompanyIsThatCompanysRound() {
        List<Mention> m = run("The largest deal of the quarter was a $90 million Series C for Pellwood, a lender to farmers.");
        assertThat(m).extracting(Mention::company).containsExactly("Pellwood");
        assertThat(m.get(0).roundLabel()).isEqualTo("Series C");
    }

    @Test
    void whatNewsCallsTheCompanyTheSecondTimeRefersBack() {
        List<Mention> m = run("Pellwood lends to farmers in Kenya and Ghana.\n\nIn March the fintech raised a $30 million Series A.");
        assertThat(m).extracting(Mention::company).containsExactly("Pellwood");
    }

    @Test
    void aDescriptionBetweenDashesAndASeatInBracketsNameNoOtherCompany() {
        assertThat(run("In Oslo, Pellwood — started in 2021 by two former Norrow Capital engineers — closed a $25 million Series A in May."))
                .extracting(Mention::company).containsExactly("Pellwood");
        assertThat(run("1. Pellwood Robotics (Stuttgart) – 120 Mio. Euro")).extracting(Mention::company).containsExactly("Pellwood Robotics");
    }

    @Test
    void aLongerNameFirstSeenAfterTheShortOneIsAProductNotTheCompany() {
        List<Mention> m = run("Pellwood raised $42 million in a Series B. The money will go into Pellwood Cloud, its hosting arm.");
        assertThat(m).extracting(Mention::company).containsExactly("Pellwood");
        List<Mention> full = run("Pellwood Fusion builds reactors. In May Pellwood raised $42 million in a Series B.");
        assertThat(full).extracting(Mention::company).containsExactly("Pellwood Fusion");
    }

    @Test
    void participlesAndCountsOpeningASentenceAreNoNames() {
        assertThat(run("Founded in 2019 by two engineers, the company raised €23 million in 2021.")).extracting(Mention::company)
                .doesNotContain("Founded");
        assertThat(run("Eighteen months ago Pellwood was raising a $120 million Series A.")).extracting(Mention::company)
                .containsExactly("Pellwood");
    }

    @Test
    void aListingsTableAlignedWithSpacesIsOneIpoPerRow() {
        List<Mention> m = run("The table below sets out the terms.\n\n"
                + "Company    Ticker/Exchange   Priced         Offer price   Raised\n"
                + "--------   ---------------   ------------   -----------   ------\n"
                + "Pellwood   PLWD / Nasdaq     Mar 4, 2025    $21.00        $640m\n"
                + "Ostrava    OSTR / NYSE       Apr 9, 2025    $18.50        $1.1bn\n\n"
                + "Both priced above their ranges.");
        assertThat(m).extracting(Mention::company, x -> x.type().name(), Mention::ticker, Mention::exchange, x -> x.amount().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pellwood", "IPO", "PLWD", "Nasdaq", "USD 640000000"),
                        org.assertj.core.groups.Tuple.tuple("Ostrava", "IPO", "OSTR", "NYSE", "USD 1100000000"));
        assertThat(m.get(0).date()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(m.get(1).offerPrice().toString()).isEqualTo("USD 18.5");
    }
}
