package io.roundup;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Keeps the house in order: the stages that parse, extract, normalise and summarise are plain
 * Java, unit-testable without Spring; only {@code job} (and SQL in {@code store}) may know the
 * framework; no package needs another that needs it back.
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

    /**
     * No package cycles, read from the compiled classes by the JDK's jdeps (a class named in a
     * signature, a field or a method body counts, as with ArchUnit): none between packages, and none
     * between slices, each a package of {@code io.roundup} with the packages below it (ArchUnit's
     * {@code io.roundup.(*)..}; {@code news} and {@code news.body} are one slice). The entry point,
     * {@code io.roundup} itself, is a slice of its own that runs the operator commands, so nothing may
     * import it.
     */
    @Test
    void noPackageCycles() throws Exception {
        Map<String, Set<String>> uses = classDependencies();
        assertThat(uses.get("io.roundup.RoundupApplication")).as("jdeps read the classes").contains("io.roundup.ops.Cli");
        List<String> intoEntryPoint = new ArrayList<>();
        uses.forEach((from, to) -> {
            if (!from.startsWith("io.roundup.RoundupApplication") && to.contains("io.roundup.RoundupApplication")) {
                intoEntryPoint.add(from);
            }
        });
        assertSoftly(soft -> {
            soft.assertThat(intoEntryPoint).as("classes that import the entry point").isEmpty();
            soft.assertThat(edgesOnCycles(uses, ArchitectureTest::packageOf)).as("package cycles").isEmpty();
            soft.assertThat(edgesOnCycles(uses, ArchitectureTest::sliceOf)).as("slice cycles").isEmpty();
        });
    }

    /** Class to the io.roundup classes it uses, from the main classes (where the entry point was compiled). */
    private static Map<String, Set<String>> classDependencies() throws Exception {
        Path classes = Path.of(RoundupApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("this JDK has no jdeps"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", "-filter:none",
                "-e", "io\\.roundup\\..*", classes.toString());
        assertThat(code).as(err.toString()).isZero();
        Pattern edge = Pattern.compile("^\\s+(io\\.roundup\\S*)\\s+->\\s+(io\\.roundup\\S*)\\s", Pattern.MULTILINE);
        Map<String, Set<String>> uses = new TreeMap<>();
        Matcher m = edge.matcher(out.toString());
        while (m.find()) uses.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
        return uses;
    }

    /** {@code io.roundup.job} for {@code io.roundup.job.FolderLockOnStart$Held}. */
    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    /** {@code io.roundup.news} for any class of news or below it; {@code io.roundup} for the entry point. */
    private static String sliceOf(String className) {
        String[] parts = packageOf(className).split("\\.");
        return parts.length < 3 ? "io.roundup" : "io.roundup." + parts[2];
    }

    /**
     * Every dependency between two groups of classes that lies on a cycle (the group it leads to
     * leads back), with one pair of classes that makes it.
     */
    private static List<String> edgesOnCycles(Map<String, Set<String>> uses, UnaryOperator<String> group) {
        Map<String, Map<String, String>> edges = new TreeMap<>();
        uses.forEach((from, targets) -> {
            for (String to : targets) {
                String a = group.apply(from);
                String b = group.apply(to);
                if (!a.equals(b)) edges.computeIfAbsent(a, k -> new TreeMap<>()).putIfAbsent(b, from + " -> " + to);
            }
        });
        List<String> onCycles = new ArrayList<>();
        edges.forEach((a, out) -> out.forEach((b, example) -> {
            if (reachable(edges, b).contains(a)) onCycles.add(a + " -> " + b + " (" + example + ")");
        }));
        return onCycles;
    }

    private static Set<String> reachable(Map<String, Map<String, String>> edges, String start) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            for (String next : edges.getOrDefault(todo.pop(), Map.of()).keySet()) {
                if (seen.add(next)) todo.push(next);
            }
        }
        return seen;
    }
}
