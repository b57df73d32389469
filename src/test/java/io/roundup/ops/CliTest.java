package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command a line means, and the usage errors every command gives before touching anything. */
class CliTest {

    @Test
    void aLineWithoutACommandIsRun() {
        CommandLine line = new CommandLine(new Cli());
        assertThat(Cli.runIsMeant(line, List.of())).isTrue();
        assertThat(Cli.runIsMeant(line, List.of("runDate=2026-01-08"))).isTrue();
        assertThat(Cli.runIsMeant(line, List.of("--run-date=2026-01-08", "--force"))).isTrue();
        assertThat(Cli.runIsMeant(line, List.of("rundate=2026-01-01"))).as("run rejects it").isTrue();
        assertThat(Cli.runIsMeant(line, List.of("runs"))).isFalse();
        assertThat(Cli.runIsMeant(line, List.of("articles", "dir", "out.json"))).isFalse();
        assertThat(Cli.runIsMeant(line, List.of("--help"))).isFalse();
        assertThat(Cli.runIsMeant(line, List.of("-V"))).isFalse();
        assertThat(Cli.runIsMeant(line, List.of("nosuchcommand"))).isFalse();
    }

    @Test
    void springPropertiesAreThoseWithADot() {
        assertThat(Cli.isSpringProperty("--roundup.output=x")).isTrue();
        assertThat(Cli.isSpringProperty("--spring.datasource.url=jdbc:h2:mem:x")).isTrue();
        assertThat(Cli.isSpringProperty("--run-date=2026.01.01")).isFalse();
        assertThat(Cli.isSpringProperty("--cron=0 0 6 * * *")).isFalse();
    }

    @Test
    void usageErrorsExitTwoAndTouchNothing(@TempDir Path dir) {
        // (the commands below that read the database of earlier runs find none in out/ and create none)
        Path out = dir.resolve("out");
        String o = "--roundup.output=" + out;
        String i = "--roundup.input=" + dir;
        String[][] bad = {
                {o, "nosuchcommand"},
                {o, "runDate=2026-13-45"},
                {o, "rundate=2026-01-01"},
                {o, "runDate=2026-01-01", "runDate=2026-01-02"},
                {o, "--run-date=2026-01-01", "runDate=2026-01-02"},
                {o, "--nosuchoption"},
                {o, "articles"},
                {o, "articles", dir.resolve("nowhere").toString(), dir.resolve("a.json").toString()},
                {o, "run", "--run-date=2026-13-45"},
                {o, "run", "--nosuchoption"},
                {o, "backfill", "--from=2026-01-03"},
                {o, "backfill", "--from=2026-01-03", "--to=2026-01-01"},
                {o, "runs", "--limit=0"},
                {o, "rejects", "--execution=1", "--run-date=2026-01-01"},
                {o, "restart"},
                {o, "restart", "abc"},
                {o, "abandon"},
                {o, "prune"},
                {o, "prune", "--older-than-days=-1"},
                {o, "dry-run", "--roundup.input=" + dir.resolve("nowhere")},
                {o, i, "schedule"},
                {o, i, "schedule", "--cron=0 0 6 * *"},
                {o, i, "schedule", "--cron=* * * * * *", "--max-runs=0"},
                {o, "runs"},
                {o, "rejects"},
                {o, "recover"},
                {o, "prune", "--older-than-days=1"},
                {o, "restart", "1"},
                {o, "abandon", "1"},
                {o, "--roundup.input=" + dir.resolve("nowhere"), "schedule", "--cron=* * * * * *", "--max-runs=1"},
        };
        for (String[] args : bad) {
            Fixture.Result r = Fixture.raw(args);
            assertThat(r.code()).as(String.join(" ", args) + "\n" + r).isEqualTo(ExitCodes.BAD_ARGUMENTS);
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Fixture.Result r = Fixture.raw("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("run", "backfill", "schedule", "runs", "rejects", "restart", "abandon", "recover",
                "prune", "dry-run", "articles", "Exit codes:", "6  another run holds the lock");
        Fixture.Result prune = Fixture.raw("help", "prune");
        assertThat(prune.code()).isZero();
        assertThat(prune.out()).contains("--older-than-days");
    }
}
