package io.roundup.ops;

import io.roundup.job.ExitCodes;
import io.roundup.job.RunLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The folders and the metrics file set in one place only — a config/application.properties in the
 * working directory, environment variables, or the command line — and the lock, the job and the
 * operator commands all find the same ones. Files and environment are read by a JVM of their own,
 * started where its config/ folder is.
 */
class ConfigurationSourcesTest {

    /** How a source hands its settings to a launch; returns exit code and output. */
    private interface Launcher {
        Fixture.Result launch(String... command) throws Exception;
    }

    /** Where one test's input, output and metrics file are, and the three under the same names everywhere. */
    private record Places(Path input, Path out, Path metrics) {
        static Places in(Path dir) throws Exception {
            return new Places(Fixture.smallInput(dir), dir.resolve("out"), dir.resolve("metrics/roundup.prom"));
        }
    }

    @Test
    void settingsOnTheCommandLine(@TempDir Path dir) throws Exception {
        Places p = Places.in(dir);
        List<String> settings = List.of("--roundup.input=" + p.input(), "--roundup.output=" + p.out(),
                "--roundup.metrics-file=" + p.metrics());
        everyoneUsesTheseFolders(p, command -> {
            List<String> all = new ArrayList<>(settings);
            all.addAll(List.of(command));
            return Fixture.raw(all.toArray(String[]::new));
        });
    }

    @Test
    void settingsInConfigApplicationPropertiesOfTheWorkingDirectory(@TempDir Path dir) throws Exception {
        Places p = Places.in(dir);
        Path config = Files.createDirectories(dir.resolve("work/config"));
        Files.writeString(config.resolve("application.properties"), "roundup.input=" + slashes(p.input())
                + "\nroundup.output=" + slashes(p.out()) + "\nroundup.metrics-file=" + slashes(p.metrics()) + "\n");
        everyoneUsesTheseFolders(p, command -> jvm(dir.resolve("work"), Map.of(), command));
    }

    @Test
    void settingsInEnvironmentVariables(@TempDir Path dir) throws Exception {
        Places p = Places.in(dir);
        Path work = Files.createDirectories(dir.resolve("work"));
        Map<String, String> env = Map.of("ROUNDUP_INPUT", p.input().toString(), "ROUNDUP_OUTPUT", p.out().toString(),
                "ROUNDUP_METRICSFILE", p.metrics().toString());
        everyoneUsesTheseFolders(p, command -> jvm(work, env, command));
    }

    private static void everyoneUsesTheseFolders(Places places, Launcher roundup) throws Exception {
        Path input = places.input();
        Path out = places.out();
        Path metrics = places.metrics();
        try (RunLock held = RunLock.tryAcquire(out)) {
            assertThat(held).isNotNull();
            assertThat(roundup.launch("run", "--run-date=2026-01-08").code()).as("the job's lock").isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(roundup.launch("backfill", "--from=2026-01-08", "--to=2026-01-08").code()).as("an operator command's lock")
                    .isEqualTo(ExitCodes.ALREADY_RUNNING);
        }
        assertThat(out.resolve("roundup.mv.db")).as("nothing opened while locked").doesNotExist();

        Fixture.Result run = roundup.launch("run", "--run-date=2026-01-08");
        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(out.resolve("funding_events.csv")).as("the job wrote there").exists();
        assertThat(out.resolve("report.html")).exists();
        assertThat(Files.readString(metrics)).as("the metrics file")
                .contains("roundup_run_exit_code{job=\"roundup\",run_date=\"2026-01-08\"} 0")
                .contains("roundup_step_written{job=\"roundup\",run_date=\"2026-01-08\",step=\"extractEvents\"} 1");

        Fixture.Result runs = roundup.launch("runs");
        assertThat(runs.code()).as(runs.toString()).isZero();
        assertThat(runs.out()).as("runs reads that database").contains("2026-01-08");
        Fixture.Result dryRun = roundup.launch("dry-run");
        assertThat(dryRun.code()).as(dryRun.toString()).isZero();
        assertThat(dryRun.out()).as("dry-run reads that input").contains("a.txt");
        Fixture.Result correct = roundup.launch("correct", "--document=a.txt", "--company=xAI", "--approve", "--by=ana", "--why=test");
        assertThat(correct.code()).as(correct.toString()).isZero();
        assertThat(input.resolve("corrections.csv")).as("correct writes into that input").exists();
    }

    /** roundup in a JVM of its own, started in {@code work} with {@code env} added. */
    private static Fixture.Result jvm(Path work, Map<String, String> env, String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "io.roundup.RoundupApplication"));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        pb.environment().putAll(env);
        Path log = Files.createTempFile(work, "launch", ".log");
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Fixture.Result(p.exitValue(), Files.readString(log), "");
    }

    private static String slashes(Path p) {
        return p.toAbsolutePath().toString().replace('\\', '/');
    }
}
