package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.extract.CompanySpotter.NameSpan;
import io.roundup.extract.NameKinds.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKindsTest {

    private static final CompanySpotter SPOTTER = new CompanySpotter(CompanyRegistry.empty());

    /** The kind of the name that starts with {@code name} in {@code clause}. */
    private static Kind kind(String clause, String name) {
        for (NameSpan n : SPOTTER.find(clause)) if (n.text().startsWith(name)) return NameKinds.of(clause, n);
        throw new AssertionError("no name " + name + " in " + SPOTTER.find(clause));
    }

    @Test
    void outletsAndDataProvidersCitedAsSources() {
        assertThat(kind("The startup told Quorum Post it had closed a $12 million round.", "Quorum")).isEqualTo(Kind.OUTLET);
        assertThat(kind("Data from Dealwire Analytics show 40 rounds closed in May.", "Dealwire")).isEqualTo(Kind.OUTLET);
        assertThat(kind("Ledgerline Daily reported that Morrow raised $9 million.", "Ledgerline")).isEqualTo(Kind.OUTLET);
        assertThat(kind("The round was first reported by Quorum Post on Monday.", "Quorum")).isEqualTo(Kind.OUTLET);
        assertThat(kind("财新获悉，该公司已完成融资。", "财新")).isEqualTo(Kind.OUTLET);
    }

    @Test
    void peopleByTitleGivenNameOrWhatFollows() {
        assertThat(kind("Co-founder Priya Venkat raised the seed money herself.", "Priya")).isEqualTo(Kind.PERSON);
        assertThat(kind("Sarah Okafor closed a $3 million round for her start-up.", "Sarah")).isEqualTo(Kind.PERSON);
        assertThat(kind("Halvorsen, who founded the company in 2019, raised $4 million.", "Halvorsen")).isEqualTo(Kind.PERSON);
        assertThat(kind("Halvorsen seeded the company with $2 million.", "Halvorsen")).isEqualTo(Kind.PERSON);
    }

    @Test
    void capitalisedOnlyBecauseTheSentenceStartsWithIt() {
        assertThat(kind("Rivals have also raised large sums.", "Rivals")).isEqualTo(Kind.COMMON_WORD);
        assertThat(kind("Two rounds, $3 billion.", "Two")).isEqualTo(Kind.COMMON_WORD);
        assertThat(kind("Subscribe", "Subscribe")).isEqualTo(Kind.COMMON_WORD);
        assertThat(kind("- Backers poured $2 billion into robotics.", "Backers")).isEqualTo(Kind.COMMON_WORD);
        assertThat(kind("Three of India's largest listings raised $2 billion.", "Three")).isEqualTo(Kind.COMMON_WORD);
    }

    @Test
    void organisationsStayOrganisations() {
        assertThat(kind("Jane Harbor Capital led the round.", "Jane Harbor")).isEqualTo(Kind.ORGANISATION);
        assertThat(kind("Lumora raised $15 million on Friday.", "Lumora")).isEqualTo(Kind.ORGANISATION);
        assertThat(kind("Together AI raised $305 million.", "Together")).isEqualTo(Kind.ORGANISATION);
        assertThat(kind("Quillfeather said it raised $40 million, Bloomberg reported.", "Quillfeather")).isEqualTo(Kind.ORGANISATION);
        assertThat(kind("Ledgerline raised $5 million in a seed round.", "Ledgerline")).isEqualTo(Kind.ORGANISATION);
    }

    @Test
    void tickersAreSecuritiesNotCompanies() {
        assertThat(kind("It listed on the Nasdaq under the ticker QNTS, seeking to raise $500 million.", "QNTS")).isEqualTo(Kind.SECURITY);
        assertThat(kind("Shares of Quintessa (Nasdaq: QNTS) rose.", "QNTS")).isEqualTo(Kind.SECURITY);
    }

    @Test
    void anObjectOfAPrepositionOrAModifierIsNoSubject() {
        assertThat(kind("The Austin maker of vessels for the U.S. Navy raised $600M.", "Navy")).isEqualTo(Kind.NOT_SUBJECT);
        assertThat(kind("The marketplace founded by three Thiel Fellows closed a $100M round.", "Thiel")).isEqualTo(Kind.NOT_SUBJECT);
        assertThat(kind("The Boise drone maker raised $40M.", "Boise")).isEqualTo(Kind.NOT_SUBJECT);
        assertThat(kind("It was a win for Quorra, which raised $5 million.", "Quorra")).isEqualTo(Kind.ORGANISATION);
        assertThat(kind("Shares of Quorra jumped 30% in their debut.", "Quorra")).isEqualTo(Kind.ORGANISATION);
        assertThat(kind("It revives memories of Quorra's 2014 purchase of Brindle.", "Quorra")).isEqualTo(Kind.ORGANISATION);
    }

    @Test
    void placesInDatelinesAndSeatsAreNoCompanies() {
        assertThat(kind("LISBON, March 3 - Corvel raised $40 million, the company said.", "LISBON")).isEqualTo(Kind.PLACE);
        assertThat(kind("Menlo Park is where Corvel raised $40 million.", "Menlo Park")).isEqualTo(Kind.PLACE);
        assertThat(kind("Corvel raised $40 million.", "Corvel")).isEqualTo(Kind.ORGANISATION);
        java.util.List<io.roundup.domain.Mention> m = new EventExtractor(CompanyRegistry.empty()).extract(new io.roundup.domain.Article(
                "p.txt", "t", java.time.LocalDate.of(2025, 3, 4), "en", "LISBON, March 3 - Corvel Robotics raised $40 million in a Series B round."));
        assertThat(m).extracting(io.roundup.domain.Mention::company).containsExactly("Corvel Robotics");
    }

    @Test
    void aSurnameAloneIsThePersonTheDocumentIntroduced() {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        PersonNames.collect("Chief financial officer Minjae Oh told reporters the company would list next year.", surnames);
        PersonNames.collect("Tomasz Wrona, the company's co-founder, declined to comment.", surnames);
        assertThat(surnames).containsExactlyInAnyOrder("Oh", "Wrona");
        java.util.List<io.roundup.domain.Mention> m = new EventExtractor(CompanyRegistry.empty()).extract(new io.roundup.domain.Article(
                "p.txt", "t", java.time.LocalDate.of(2025, 3, 4), "en",
                "Korvik Labs is weighing a listing, chief financial officer Minjae Oh said.\n\nOh raised $30 million for the company last year."));
        assertThat(m).extracting(io.roundup.domain.Mention::company).doesNotContain("Oh");
    }
}
