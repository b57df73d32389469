package io.roundup.ops;

import io.roundup.job.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which lines are commands, and the usage errors every command gives before touching anything. */
class CliTest {

    @Test
    void theOldLaunchLineIsNotACommand() {
        assertThat(Cli.handles()).isFalse();
        assertThat(Cli.handles("--roundup.output=x", "runDate=2026-01-08")).isFalse();
        assertThat(Cli.handles("rundate=2026-01-01")).isFalse();
        assertThat(Cli.handles("articles", "dir", "out.json")).isFalse();
        assertThat(Cli.handles("--roundup.output=x", "runs")).isTrue();
        assertThat(Cli.handles("backfill", "--from=2026-01-01", "--to=2026-01-02")).isTrue();
        assertThat(Cli.handles("--help")).isTrue();
        assertThat(Cli.handles("nosuchcommand")).isTrue();
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
                "prune", "dry-run", "Exit codes:", "6  another run holds the lock");
        Fixture.Result prune = Fixture.raw("help", "prune");
        assertThat(prune.code()).isZero();
        assertThat(prune.out()).contains("--older-than-days");
    }
}
