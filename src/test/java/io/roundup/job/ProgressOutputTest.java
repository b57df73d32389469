package io.roundup.job;

import io.roundup.RoundupApplication;
import io.roundup.progress.Meters;
import io.roundup.progress.ProgressMode;
import io.roundup.progress.Terminal;
import io.roundup.progress.TerminalMeters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress when the output is not a terminal, as under cron or redirected to a file: Surefire's
 * forked JVM writes to a pipe, so {@code roundup.progress=auto} must draw nothing and log the
 * periodic lines exactly as {@code log} does (and as roundup did before it had bars).
 */
@ExtendWith(OutputCaptureExtension.class)
class ProgressOutputTest {

    /** A price file of two rows, one rejected; a chunk step logs after every chunk with progress-seconds=0. */
    private static Path input(Path dir) throws Exception {
        Path input = dir.resolve("input");
        Files.createDirectories(input.resolve("prices"));
        Files.copy(Path.of("input/companies.csv"), input.resolve("companies.csv"));
        Files.writeString(input.resolve("prices/ACME.csv"), """
                Date,Open,High,Low,Close,Adj Close,Volume
                2025-01-02,10,11,9,10.5,10.5,1000
                2025-01-06,10,9,11,10,10,1000
                """);
        return input;
    }

    private static String run(Path dir, String name, CapturedOutput output, String... more) throws Exception {
        int before = output.getOut().length();
        List<String> args = new java.util.ArrayList<>(List.of("--roundup.input=" + input(dir.resolve(name)),
                "--roundup.output=" + dir.resolve(name).resolve("out"), "--roundup.progress-seconds=0", "runDate=2025-02-01"));
        args.addAll(List.of(more));
        assertThat(RoundupApplication.run(args.toArray(String[]::new))).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        return output.getOut().substring(before);
    }

    /** The periodic lines, without their time of day and rate, which differ from run to run. */
    private static List<String> progressLines(String out) {
        return out.lines().filter(l -> l.contains(" so far (")).map(l -> l.substring(13).replaceAll("\\(\\d+ items/s\\)", "(N items/s)")).toList();
    }

    @Test
    void redirectedTheOutputHasThePeriodicLinesAsBeforeAndNoBar(@TempDir Path dir, CapturedOutput output) throws Exception {
        assertThat(Terminal.interactive()).as("Surefire's fork writes to a pipe").isFalse();
        String auto = run(dir, "auto", output);
        // the line as the log pattern and Progress have always written it, a whole line of its own
        for (String step : List.of("loadCompanies", "loadPrices:files000")) {
            assertThat(auto).containsPattern("(?m)^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  roundup {22}"
                    + "step " + step + ": \\d+ read, \\d+ written, \\d+ rejected so far \\(\\d+ items/s\\)$");
        }
        assertThat(auto).doesNotContain("\r").doesNotContain("\u001b");

        String log = run(dir, "log", output, "--roundup.progress=log");
        assertThat(progressLines(auto)).isNotEmpty().isEqualTo(progressLines(log));
    }

    @Test
    void offLogsNoPeriodicLinesButStillEachStepsEnd(@TempDir Path dir, CapturedOutput output) throws Exception {
        String off = run(dir, "off", output, "--roundup.progress=off");
        assertThat(off).doesNotContain(" so far (").contains("step loadPrices completed: read 2, written 1, rejected 1");
    }

    @Test
    void aBarIsMadeOnlyForATerminalOrWhenAsked() {
        assertThat(RoundupJobConfig.progressBars(new LimitProperties(null, null, null, ProgressMode.AUTO))).isSameAs(Meters.NONE);
        assertThat(RoundupJobConfig.progressBars(new LimitProperties(null, null, null, ProgressMode.LOG))).isSameAs(Meters.NONE);
        try (Meters forced = RoundupJobConfig.progressBars(new LimitProperties(null, null, null, ProgressMode.BAR))) {
            assertThat(forced).isInstanceOf(TerminalMeters.class);
        }
    }
}
