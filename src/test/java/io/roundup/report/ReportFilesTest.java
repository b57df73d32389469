package io.roundup.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesThreeFilesByteIdenticallyOnEveryRun() throws IOException {
        List<Path> first = ReportFiles.writeAll(dir.resolve("a"), Fixtures.seedInput());
        List<Path> second = ReportFiles.writeAll(dir.resolve("b"), Fixtures.seedInput());
        assertThat(first).extracting(p -> p.getFileName().toString())
                .containsExactly("company_summary.csv", "country_summary.csv", "ipo_summary.csv");
        for (int i = 0; i < 3; i++) {
            assertThat(Files.readAllBytes(first.get(i))).isEqualTo(Files.readAllBytes(second.get(i)));
        }
        assertThat(Files.readAllLines(first.get(0), StandardCharsets.UTF_8).get(0))
                .isEqualTo(String.join(",", CompanySummary.HEADER));
        assertThat(Files.readAllLines(first.get(2), StandardCharsets.UTF_8)).hasSize(2);
        try (Stream<Path> s = Files.list(dir.resolve("a"))) {
            assertThat(s.count()).isEqualTo(3); // no temp files left
        }
    }
}
