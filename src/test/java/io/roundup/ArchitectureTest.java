package io.roundup;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the house in order: the stages that parse, extract, normalise and summarise are plain
 * Java, unit-testable without Spring; only {@code job} (and SQL in {@code store}) may know the framework.
 */
class ArchitectureTest {

    private static final List<String> PURE = List.of("domain", "company", "news", "extract", "fx", "market",
            "normalize", "report", "fetch", "rounds", "review", "ledger");

    @Test
    void purePackagesImportNothingFromSpring() throws IOException {
        List<String> offenders = new ArrayList<>();
        Path root = Path.of("src/main/java/io/roundup");
        for (String pkg : PURE) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        if (line.startsWith("import org.springframework") || line.startsWith("import static org.springframework")) {
                            offenders.add(root.relativize(f) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(Files.isDirectory(root.resolve("domain"))).as("run from the project folder").isTrue();
        assertThat(offenders).isEmpty();
    }

    @Test
    void storeKnowsJdbcButNotSpringBatch() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/roundup/store"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("org.springframework.batch");
            }
        }
    }
}
