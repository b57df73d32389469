package io.roundup.job;

import io.roundup.RoundupApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run at a time however the output folder and the database are configured: on the command
 * line, in a configuration file, as -D; and on a database that does not live in the output folder.
 */
class LocksTest {

    @Test
    void theFolderNamedByASystemPropertyIsTheFolderLocked(@TempDir Path dir) throws Exception {
        Path input = ExitCodeTest.smallInput(dir);
        Path out = dir.resolve("out");
        System.setProperty("roundup.output", out.toString());
        try (RunLock held = RunLock.tryAcquire(out)) {
            assertThat(held).isNotNull();
            assertThat(RoundupApplication.run("--roundup.input=" + input, "runDate=2026-01-08"))
                    .isEqualTo(ExitCodes.ALREADY_RUNNING);
        } finally {
            System.clearProperty("roundup.output");
        }
        assertThat(out.resolve("roundup.mv.db")).as("the database was not even opened").doesNotExist();
    }

    @Test
    void theFolderNamedInAConfigurationFileIsTheFolderLocked(@TempDir Path dir) throws Exception {
        Path input = ExitCodeTest.smallInput(dir);
        Path out = dir.resolve("out");
        Path config = dir.resolve("roundup.properties");
        Files.writeString(config, "roundup.output=" + out.toString().replace('\\', '/') + "\n");
        String[] args = {"--spring.config.additional-location=file:" + config, "--roundup.input=" + input, "runDate=2026-01-08"};
        try (RunLock held = RunLock.tryAcquire(out)) {
            assertThat(RoundupApplication.run(args)).isEqualTo(ExitCodes.ALREADY_RUNNING);
        }
        assertThat(out.resolve("roundup.mv.db")).doesNotExist();
        assertThat(RoundupApplication.run(args)).as("free again").isEqualTo(ExitCodes.COMPLETED);
        assertThat(out.resolve("mentions.csv")).exists();
    }

    /**
     * Two output folders naming one H2 database that is not either folder's own file (AUTO_SERVER lets
     * several processes share it): the folder locks cannot see each other, the database's lock must.
     * The test's connection holds it as another run would.
     */
    @Test
    void anH2DatabaseOutsideTheOutputFolderIsLockedItself(@TempDir Path dir) throws Exception {
        Path input = ExitCodeTest.smallInput(dir);
        String url = "jdbc:h2:file:" + dir.resolve("shared/roundup").toAbsolutePath().toString().replace('\\', '/')
                + ";AUTO_SERVER=TRUE";
        String[] there = {"--roundup.input=" + input, "--roundup.output=" + dir.resolve("there"),
                "--spring.datasource.url=" + url, "runDate=2026-01-07"};
        assertThat(RoundupApplication.run(there)).isEqualTo(ExitCodes.COMPLETED); // the database exists, migrated
        String[] here = {"--roundup.input=" + input, "--roundup.output=" + dir.resolve("here"),
                "--spring.datasource.url=" + url, "runDate=2026-01-08"};
        try (DatabaseRunLock otherRun = DatabaseRunLock.tryAcquire(java.sql.DriverManager.getConnection(url, "sa", ""))) {
            assertThat(otherRun).isNotNull();
            assertThat(RoundupApplication.run(here)).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(dir.resolve("here/mentions.csv")).doesNotExist();
        }
        assertThat(RoundupApplication.run(here)).as("free again").isEqualTo(ExitCodes.COMPLETED);
    }

    /** Folder and database named only by environment variables, in a process of their own. */
    @Test
    void theFolderAndDatabaseNamedByEnvironmentVariablesAreTheOnesLocked(@TempDir Path dir) throws Exception {
        Path input = ExitCodeTest.smallInput(dir);
        String url = "jdbc:h2:file:" + dir.resolve("shared/roundup").toAbsolutePath().toString().replace('\\', '/')
                + ";AUTO_SERVER=TRUE";
        assertThat(RoundupApplication.run("--roundup.input=" + input, "--roundup.output=" + dir.resolve("first"),
                "--spring.datasource.url=" + url, "runDate=2026-01-07")).isEqualTo(ExitCodes.COMPLETED);
        Path out = dir.resolve("out");
        try (RunLock folder = RunLock.tryAcquire(out)) {
            assertThat(launch(dir, input, out, url)).as("folder held").isEqualTo(ExitCodes.ALREADY_RUNNING);
        }
        try (DatabaseRunLock database = DatabaseRunLock.tryAcquire(java.sql.DriverManager.getConnection(url, "sa", ""))) {
            assertThat(launch(dir, input, out, url)).as("database held").isEqualTo(ExitCodes.ALREADY_RUNNING);
        }
        assertThat(out.resolve("mentions.csv")).doesNotExist();
    }

    /** The job in a JVM of its own, told where to work only through ROUNDUP_OUTPUT and SPRING_DATASOURCE_URL. */
    private static int launch(Path dir, Path input, Path out, String url) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "io.roundup.RoundupApplication",
                "--roundup.input=" + input, "runDate=2026-01-08");
        pb.environment().put("ROUNDUP_OUTPUT", out.toString());
        pb.environment().put("SPRING_DATASOURCE_URL", url);
        Process p = pb.redirectErrorStream(true).redirectOutput(dir.resolve("launch.log").toFile()).start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
