package io.roundup;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the house in order: the stages that parse, extract, normalise and summarise are plain
 * Java, unit-testable without Spring; only {@code job} (and SQL in {@code store}) may know the framework.
 */
class ArchitectureTest {

    private static final List<String> PURE = List.of("domain", "csv", "company", "news", "extract", "fx", "market",
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

    /**
     * news.text (jsoup text helpers) and news.body (the body extractor) are rooms of their own below
     * news: nothing in them names a class of news or of another stage, so news uses them and they never
     * use news back.
     */
    @Test
    void newsTextAndBodyDoNotReachBackIntoNews() throws IOException {
        Map<String, List<String>> allowed = Map.of(
                "news/text", List.of("io.roundup.news.text"),
                "news/body", List.of("io.roundup.news.body", "io.roundup.news.text"));
        Pattern named = Pattern.compile("io\\.roundup(\\.[a-z]\\w*)+");
        List<String> offenders = new ArrayList<>();
        for (Map.Entry<String, List<String>> room : allowed.entrySet()) {
            Path dir = Path.of("src/main/java/io/roundup").resolve(room.getKey());
            assertThat(dir).isDirectory();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = named.matcher(Files.readString(f));
                    while (m.find()) {
                        String pkg = m.group();
                        if (room.getValue().stream().noneMatch(pkg::equals)) offenders.add(f + ": " + pkg);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** io.roundup.csv is the toolkit the data-file readers of several stages share: it names no stage, only the domain. */
    @Test
    void csvToolkitKnowsNoStage() throws IOException {
        Pattern named = Pattern.compile("io\\.roundup(\\.[a-z]\\w*)+");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/roundup/csv"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = named.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group().equals("io.roundup.csv") && !m.group().startsWith("io.roundup.domain")) offenders.add(f + ": " + m.group());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
