package io.roundup.ops;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A small input in a temporary folder, the commands run in this JVM, and a look at the H2 file they leave. */
final class Fixture {

    final Path input;
    final Path output;
    /** More Spring properties for every command (another database). */
    private final List<String> spring;

    Fixture(Path dir) throws Exception {
        this(smallInput(dir), dir.resolve("out"), List.of());
    }

    Fixture(Path input, Path output, List<String> spring) {
        this.input = input;
        this.output = output;
        this.spring = List.copyOf(spring);
    }

    /** The exit code and what the command printed on its out and err writers. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n" + out + err;
        }
    }

    /** As ExitCodeTest: the sample registry and one news page. */
    static Path smallInput(Path dir) throws Exception {
        Path input = dir.resolve("input");
        Files.createDirectories(input.resolve("news"));
        Files.copy(Path.of("input/companies.csv"), input.resolve("companies.csv"));
        Files.writeString(input.resolve("news/a.txt"), """
                xAI closes a $20 billion round

                2026-01-07

                xAI said on Tuesday it had raised $20 billion in a Series E round, valuing it at $230 billion.
                """);
        return input;
    }

    /** A price file with one good and one bad line (high below low): one reject in loadPrices. */
    void addBadPrice() throws Exception {
        Files.createDirectories(input.resolve("prices"));
        Files.writeString(input.resolve("prices/NVDA.csv"), """
                Date,Open,High,Low,Close,Adj Close,Volume
                2026-01-05,100,110,95,105,105,1000
                2026-01-06,100,90,95,92,92,1000
                """);
    }

    /** The command with this fixture's folders, in this JVM. */
    Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--roundup.input=" + input, "--roundup.output=" + output));
        all.addAll(spring);
        all.addAll(List.of(args));
        return raw(all.toArray(String[]::new));
    }

    static Result raw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A folder where mentions.csv should go: writeOutputs fails after every other step succeeded. */
    void block() throws Exception {
        if (Files.isRegularFile(output.resolve("mentions.csv"))) Files.delete(output.resolve("mentions.csv"));
        Files.createDirectories(output.resolve("mentions.csv").resolve("blocker"));
    }

    void unblock() throws Exception {
        Files.deleteIfExists(output.resolve("mentions.csv").resolve("blocker"));
        Files.deleteIfExists(output.resolve("mentions.csv"));
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + output.toAbsolutePath() + "/roundup", "sa", "");
    }

    long count(String sql) throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }

    void update(String sql) throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** Status of each execution of the runs of this date, oldest first ("2026-01-08" or "2026-01-08#1" for attempt 1). */
    List<String> statuses(String runDate) throws SQLException {
        return strings("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION_PARAMS p "
                + "ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'runDate' "
                + "WHERE p.PARAMETER_VALUE = '" + runDate + "' ORDER BY e.JOB_EXECUTION_ID");
    }

    long lastExecutionId() throws SQLException {
        return count("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION");
    }
}
