package io.roundup.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `report` writes from the database the report.html the run wrote, without running anything. */
class ReportCommandTest {

    @Test
    void reportRewritesTheRunsPageFromTheDatabase(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        assertThat(f.cli("run", "--run-date=2026-01-10").code()).isZero();
        Path page = f.output.resolve("report.html");
        String ran = Files.readString(page);
        assertThat(ran).contains("xAI", "US$ 20bn");
        Files.delete(page);

        Fixture.Result r = f.cli("report");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("report.html: 1 events as of 2026-01-10");
        assertThat(Files.readString(page)).isEqualTo(ran);

        Path elsewhere = dir.resolve("mail");
        assertThat(f.cli("report", "--out=" + elsewhere).code()).isZero();
        assertThat(Files.readString(elsewhere.resolve("report.html"))).isEqualTo(ran);
    }

    @Test
    void noDatabaseNoReport(@TempDir Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        assertThat(f.cli("report").code()).isEqualTo(2);
        assertThat(Files.exists(f.output.resolve("report.html"))).isFalse();
    }
}
