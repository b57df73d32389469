package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.testing.NewsPages;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections through the `correct` command and the real job: each kind, a target that is gone,
 * and the corrected ledger surviving a re-run and a restart.
 */
class CorrectionsRunTest {

    private Path input;
    private Path output;

    private Fixture.Result cli(String... args) {
        return new Fixture(input, output, List.of()).cli(args);
    }

    private Path events() {
        return output.resolve("funding_events.csv");
    }

    @Test
    void eachKindOfCorrectionAppliesOnEveryRunAndAGoneTargetIsReported(@TempDir Path dir) throws Exception {
        input = NewsPages.input(dir);
        output = dir.resolve("out");
        assertThat(cli("run", "--run-date=2026-02-01").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        CSVRecord perplexity = NewsPages.event(events(), "Perplexity");
        assertThat(perplexity.get("review")).isEqualTo("pending");

        // approve: released from review, counted in the summaries, nothing pending: exit 0
        Fixture.Result approve = cli("correct", "--document=perplexity-bad-valuation.txt", "--company=Perplexity",
                "--approve", "--by=ana", "--why=checked the filing");
        assertThat(approve.code()).as(approve.toString()).isZero();
        assertThat(approve.out()).contains("line 2 of").contains("approve on perplexity-bad-valuation.txt#Perplexity by ana");
        assertThat(cli("run", "--run-date=2026-02-02").code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(NewsPages.event(events(), "Perplexity").get("review")).isEqualTo("approved");
        assertThat(NewsPages.csv(output.resolve("review.csv"))).singleElement().satisfies(r -> {
            assertThat(r.get("status")).isEqualTo("approved");
            assertThat(r.get("approved_by")).isEqualTo("ana");
        });
        assertThat(NewsPages.csv(output.resolve("company_summary.csv"))).extracting(r -> r.get("company")).contains("Perplexity");

        // set, not_event, merge, and one whose target does not exist
        List<CSVRecord> deepl = NewsPages.csv(events()).stream().filter(r -> r.get("company").equals("DeepL")).toList();
        assertThat(deepl).hasSize(2);
        String xai = NewsPages.event(events(), "xAI").get("event_id");
        for (String[] c : new String[][]{
                {"--event=" + perplexity.get("event_id"), "--set=valuation=20000000000"},
                {"--event=" + xai, "--set=leads=Valor Equity Partners; Vy Capital"},
                {"--document=cohere-round.txt", "--company=Cohere", "--not-event"},
                {"--event=" + deepl.get(0).get("event_id"), "--merge=" + deepl.get(1).get("event_id")},
                {"--event=ev-000000000000", "--set=amount=5"}}) {
            List<String> args = new ArrayList<>(List.of("correct"));
            args.addAll(List.of(c));
            args.addAll(List.of("--by=bo", "--why=press release"));
            assertThat(cli(args.toArray(String[]::new)).code()).isZero();
        }
        assertThat(cli("correct", "--event=ev-1", "--approve", "--not-event", "--by=bo", "--why=x").code())
                .isEqualTo(ExitCodes.BAD_ARGUMENTS);
        assertThat(Files.readAllLines(input.resolve("corrections.csv"))).hasSize(7);

        assertThat(cli("run", "--run-date=2026-02-03").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        CSVRecord corrected = NewsPages.event(events(), "Perplexity");
        assertThat(corrected.get("post_money_valuation")).isEqualTo("20000000000");
        assertThat(corrected.get("corrected_fields")).isEqualTo("post_money_valuation");
        assertThat(corrected.get("review")).isEmpty();  // the valuation no longer fails a check
        assertThat(corrected.get("evidence")).contains("at a post-money valuation of $200 million");
        assertThat(NewsPages.event(events(), "xAI").get("lead_investors")).isEqualTo("Valor Equity Partners;Vy Capital");
        assertThat(NewsPages.csv(events())).extracting(r -> r.get("company")).doesNotContain("Cohere");
        CSVRecord merged = NewsPages.event(events(), "DeepL");
        assertThat(merged.get("sources")).isEqualTo("deepl-round.txt;deepl-second-report.txt");
        assertThat(merged.get("corrected_fields")).isEqualTo("sources");
        assertThat(NewsPages.csv(output.resolve("rejects.csv"))).singleElement().satisfies(r -> {
            assertThat(r.get("source")).isEqualTo("corrections.csv");
            assertThat(r.get("line")).isEqualTo("7");
            assertThat(r.get("reason")).startsWith("correction_target_missing: no event ev-000000000000");
            assertThat(r.get("step")).isEqualTo("mergeEvents");
        });

        // a re-run applies them again: the same ledger
        byte[] ledger = Files.readAllBytes(events());
        assertThat(cli("run", "--run-date=2026-02-04").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(events()).hasBinaryContent(ledger);

        // a run that fails after the merge and is restarted publishes the corrected ledger
        Files.delete(output.resolve("mentions.csv"));
        Files.createDirectories(output.resolve("mentions.csv").resolve("blocker"));
        assertThat(cli("run", "--run-date=2026-02-05").code()).isEqualTo(ExitCodes.FAILED);
        Files.delete(output.resolve("mentions.csv").resolve("blocker"));
        Files.delete(output.resolve("mentions.csv"));
        Files.delete(events());
        assertThat(cli("run", "--run-date=2026-02-05").code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(events()).hasBinaryContent(ledger);

        // the file is the record: a fixed target is no longer reported
        List<String> lines = new ArrayList<>(Files.readAllLines(input.resolve("corrections.csv")));
        lines.remove(6);
        Files.write(input.resolve("corrections.csv"), lines);
        assertThat(cli("run", "--run-date=2026-02-06").code()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(NewsPages.csv(output.resolve("rejects.csv"))).isEmpty();
    }
}
