package io.roundup.job;

import io.roundup.ops.Cli;
import io.roundup.testing.AllCorrections;
import io.roundup.testing.NewsPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real JVM processes, as cron starts them: a kill -9 at several points followed by the same command
 * must end with the same tables and CSV files as a run that was never interrupted, and a second
 * launch while one runs must stop at once without touching anything.
 */
class ProcessRunTest {

    @TempDir
    static Path work;
    static Path input;

    /**
     * The sample input and the news pages of {@link NewsPages}, enough generated price files (200,000
     * rows) to make loadPrices last seconds, and the analysts' corrections of every kind (every field
     * of a set, not_event, merge, approve), which must survive the kills as the rest does.
     */
    @BeforeAll
    static void bigInput() throws IOException {
        input = work.resolve("input");
        copyTree(Path.of("input"), input);
        copyTree(NewsPages.input(work.resolve("pages")).resolve("news"), input.resolve("news"));
        AllCorrections.write(input,
                ",thinking-machines-seed-round.txt,Thinking Machines Lab,set,leads,Andreessen Horowitz;Nvidia,ana,the press release\n");
        Random random = new Random(42);
        Path prices = input.resolve("prices");
        for (int t = 0; t < 100; t++) {
            try (BufferedWriter w = Files.newBufferedWriter(prices.resolve("GEN" + t + ".csv"))) {
                w.write("Date,Open,High,Low,Close,Adj Close,Volume\n");
                BigDecimal close = BigDecimal.valueOf(20 + random.nextInt(200));
                LocalDate day = LocalDate.of(2015, 1, 1);
                for (int d = 0; d < 2000; d++, day = day.plusDays(1)) {
                    BigDecimal open = close;
                    close = open.multiply(BigDecimal.valueOf(0.97 + random.nextDouble() * 0.06)).setScale(4, RoundingMode.HALF_EVEN);
                    BigDecimal high = open.max(close).add(BigDecimal.ONE);
                    BigDecimal low = open.min(close).subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
                    w.write(day + "," + open + "," + high + "," + low + "," + close + "," + close + "," + random.nextInt(1_000_000) + "\n");
                }
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }

    static Process start(Path log, Path output, String runDate) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.roundup.RoundupApplication",
                "--roundup.input=" + input, "--roundup.output=" + output, "runDate=" + runDate));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static int finish(Process p) throws InterruptedException {
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("process ended").isTrue();
        return p.exitValue();
    }

    /**
     * Waits until the log of {@code p} shows {@code marker}, then a little longer to land inside the
     * step; fails at once, with the end of the log, when the process ends first.
     */
    static void waitFor(Process p, Path log, String marker, long thenMillis) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            boolean alive = p.isAlive(); // asked before the log is read: a log read after the end is complete
            String text = Files.readString(log);
            if (text.contains(marker)) break;
            String tail = text.substring(Math.max(0, text.length() - 3000));
            assertThat(alive).as("process ended (exit %s) before '%s' in %s; its log ends:%n%s",
                    alive ? "-" : p.exitValue(), marker, log, tail).isTrue();
            assertThat(System.currentTimeMillis()).as("'%s' in %s within 120 s; its log ends:%n%s", marker, log, tail).isLessThan(deadline);
            Thread.sleep(50);
        }
        Thread.sleep(thenMillis);
    }

    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();  // SIGKILL on Unix: no shutdown hook, no cleanup
        p.waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void killedAtSeveralPointsThenRestartedEndsLikeAnUninterruptedRun() throws Exception {
        Path clean = work.resolve("clean");
        assertThat(finish(start(work.resolve("clean.log"), clean, "2026-04-30"))).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        // its output goes to a file, as under cron: plain log lines, no progress bar drawn into them
        assertThat(Files.readString(work.resolve("clean.log"))).contains("step loadPrices completed")
                .doesNotContain("\r").doesNotContain("\u001b[");

        Path crashed = work.resolve("crashed");
        // each kill must land before the next marker, which the restarted run then has to reach:
        // the price load of this input takes about a second (over 200,000 rows at 200-250k rows/s),
        // and readNews once ended within 2.5 s of its start, so the third marker is the last step's
        String[][] killPoints = {
                {"step loadFxRates started", "1500"},   // inside a long step, mid-chunk
                {"step loadPrices started", "300"},     // inside the longest step, after some commits
                {"step writeOutputs started", "0"},     // between steps, at the last one
        };
        int attempt = 0;
        for (String[] point : killPoints) {
            Path log = work.resolve("crashed-" + attempt++ + ".log");
            Process p = start(log, crashed, "2026-04-30");
            waitFor(p, log, point[0], Long.parseLong(point[1]));
            kill(p);
            assertThat(Files.readString(log)).doesNotContain("run 2026-04-30 completed");
        }
        Path last = work.resolve("crashed-final.log");
        assertThat(finish(start(last, crashed, "2026-04-30"))).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        assertThat(Files.readString(last)).contains("recovered execution");

        for (String csv : RoundupJobTest.CSVS) {
            assertThat(crashed.resolve(csv)).as(csv).hasSameBinaryContentAs(clean.resolve(csv));
        }
        assertThat(RoundupJobTest.tableCounts(crashed)).isEqualTo(RoundupJobTest.tableCounts(clean));
        assertThat(RoundupJobTest.tableCounts(crashed).get("prices")).isGreaterThan(200_000L);
        // the last kill came after mergeEvents had applied the corrections: the restart publishes them from the database
        AllCorrections.assertApplied(crashed);
        // and records them: the ledger as of that day is the file the restarted run wrote
        Path asOf = work.resolve("as-of.csv");
        assertThat(Cli.run("--roundup.input=" + input, "--roundup.output=" + crashed, "ledger", "--as-of=2026-04-30",
                "--out=" + asOf)).isZero();
        assertThat(asOf).hasSameBinaryContentAs(crashed.resolve("funding_events.csv"));
        assertThat(RoundupJobTest.csv(crashed.resolve("funding_events.csv")))
                .filteredOn(e -> e.get("company").equals("Thinking Machines Lab")).singleElement().satisfies(e -> {
                    assertThat(e.get("lead_investors")).isEqualTo("Andreessen Horowitz;Nvidia");
                    assertThat(e.get("corrected_fields")).isEqualTo("lead_investors");
                });
    }

    @Test
    void aSecondLaunchWhileOneRunsStopsAtOnceAndChangesNothing() throws Exception {
        Path output = work.resolve("overlap");
        Path firstLog = work.resolve("first.log");
        Process first = start(firstLog, output, "2026-04-30");
        waitFor(first, firstLog, "step loadFxRates started", 0);

        Path secondLog = work.resolve("second.log");
        long t0 = System.nanoTime();
        int second = finish(start(secondLog, output, "2026-05-01"));
        assertThat(second).isEqualTo(ExitCodes.ALREADY_RUNNING);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(20);
        assertThat(Files.readString(secondLog)).contains("another run is in progress").contains("pid " + first.pid());

        assertThat(finish(first)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
        // the refused launch left no job instance of its own behind
        assertThat(finish(start(work.resolve("third.log"), output, "2026-04-30"))).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(finish(start(work.resolve("fourth.log"), output, "2026-05-01"))).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
    }

    @Test
    void theLockDiesWithAKilledProcess() throws Exception {
        Path output = work.resolve("killed-holder");
        Path log = work.resolve("holder.log");
        Process holder = start(log, output, "2026-04-30");
        waitFor(holder, log, "step loadCompanies started", 0);
        kill(holder);
        Path next = work.resolve("after-kill.log");
        int code = finish(start(next, output, "2026-04-30"));
        assertThat(code).as(Files.readString(next)).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
    }
}
