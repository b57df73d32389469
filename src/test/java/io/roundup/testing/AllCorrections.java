package io.roundup.testing;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One corrections file with every kind of correction, aimed at the pages of {@link NewsPages} by
 * document and company (so it finds its events in any input holding those pages, whatever ids the
 * extraction gives them), and the outputs that show each one applied. Shared by the tests that
 * check corrections survive a re-run, a reextract and a restart after kill -9.
 */
public final class AllCorrections {

    /** Each field kind set once (amount, valuation on Mistral; the other five on Glean), not_event, merge, approve. */
    public static final String CSV = """
            event_id,document,company,action,field,value,who,why
            ,mistral-series-c.txt,Mistral AI,set,amount,1800000000,ana,the company's release says 1.8 billion
            ,mistral-series-c.txt,Mistral AI,set,valuation,EUR 12000000000,ana,the company's release
            ,glean-series-f.txt,Glean,set,status,announced,bo,not closed yet
            ,glean-series-f.txt,Glean,set,date,2025-06-11,bo,announced the day after
            ,glean-series-f.txt,Glean,set,round,Series F-2,bo,the second close of the F
            ,glean-series-f.txt,Glean,set,currency,EUR,bo,raised in euros
            ,glean-series-f.txt,Glean,set,leads,Wellington Management; Sequoia Capital,bo,co-lead
            ,cohere-round.txt,Cohere,not_event,,,ana,a profile piece; no new round
            ,deepl-round.txt,DeepL,merge,,deepl-second-report.txt#DeepL,ana,the same round reported a day later
            ,perplexity-bad-valuation.txt,Perplexity,approve,,,ana,checked the filing
            """;

    private AllCorrections() {
    }

    /** Writes {@link #CSV} as the input folder's corrections.csv, followed by {@code more} rows. */
    public static void write(Path input, String... more) throws IOException {
        Files.writeString(input.resolve("corrections.csv"), CSV + String.join("", more));
    }

    /** Checks that every correction of {@link #CSV} shows in the output folder's files. */
    public static void assertApplied(Path output) throws IOException {
        List<CSVRecord> events = NewsPages.csv(output.resolve("funding_events.csv"));

        CSVRecord mistral = reporting(events, "Mistral AI", "mistral-series-c.txt");
        assertThat(mistral.get("amount")).isEqualTo("1800000000");
        assertThat(mistral.get("currency")).isEqualTo("EUR");
        assertThat(mistral.get("post_money_valuation")).isEqualTo("12000000000");
        assertThat(mistral.get("post_money_valuation_currency")).isEqualTo("EUR");
        assertThat(new BigDecimal(mistral.get("amount_usd"))).isGreaterThan(new BigDecimal("1800000000"));
        assertThat(mistral.get("corrected_fields")).isEqualTo("amount;post_money_valuation");
        // the evidence stays what a source said (the news sentence, or the analysts' rounds file where the sample has one)
        assertThat(mistral.get("evidence")).containsAnyOf("raised €1.7 billion", "\"1,700,000,000\",EUR");

        CSVRecord glean = reporting(events, "Glean", "glean-series-f.txt");
        assertThat(glean.get("status")).isEqualTo("announced");
        assertThat(glean.get("date")).isEqualTo("2025-06-11");
        assertThat(glean.get("round_label")).isEqualTo("Series F-2");
        assertThat(glean.get("amount")).isEqualTo("150000000");
        assertThat(glean.get("currency")).isEqualTo("EUR");
        assertThat(new BigDecimal(glean.get("amount_usd"))).as("USD follows the currency").isGreaterThan(new BigDecimal("150000000"));
        assertThat(glean.get("lead_investors")).isEqualTo("Wellington Management;Sequoia Capital");
        assertThat(glean.get("corrected_fields")).isEqualTo("status;date;round_label;currency;lead_investors");
        assertThat(glean.get("evidence")).contains("raised $150 million in a Series F round led by Wellington Management");

        assertThat(events).filteredOn(e -> e.get("sources").contains("cohere-round.txt")).as("not an event").isEmpty();

        assertThat(events).filteredOn(e -> e.get("company").equals("DeepL")).as("merged").singleElement().satisfies(d -> {
            assertThat(d.get("sources")).isEqualTo("deepl-round.txt;deepl-second-report.txt");
            assertThat(d.get("corrected_fields")).isEqualTo("sources");
        });

        CSVRecord perplexity = reporting(events, "Perplexity", "perplexity-bad-valuation.txt");
        assertThat(perplexity.get("review")).isEqualTo("approved");
        assertThat(perplexity.get("post_money_valuation")).as("approved as it stands").isEqualTo("200000000");
        assertThat(NewsPages.csv(output.resolve("review.csv"))).filteredOn(r -> r.get("company").equals("Perplexity"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("status")).isEqualTo("approved");
                    assertThat(r.get("approved_by")).isEqualTo("ana");
                });
        assertThat(NewsPages.csv(output.resolve("company_summary.csv"))).extracting(r -> r.get("company"))
                .contains("Perplexity", "Glean", "Mistral AI", "DeepL").doesNotContain("Cohere");

        assertThat(NewsPages.csv(output.resolve("rejects.csv"))).as("every correction found its event")
                .noneSatisfy(r -> assertThat(r.get("source")).isEqualTo("corrections.csv"));
    }

    private static CSVRecord reporting(List<CSVRecord> events, String company, String document) {
        List<CSVRecord> rows = events.stream()
                .filter(e -> e.get("company").equals(company) && List.of(e.get("sources").split(";")).contains(document)).toList();
        assertThat(rows).as("the %s event reported by %s", company, document).hasSize(1);
        return rows.get(0);
    }
}
