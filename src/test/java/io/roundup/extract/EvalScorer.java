package io.roundup.extract;

import io.roundup.domain.Article;
import io.roundup.domain.Mention;
import io.roundup.domain.Money;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test helper: writes mentions as the prediction CSV of {@code shared/eval/score.py}, runs the
 * scorer against a gold {@code labels.json} and parses its summary. Also reads article text files
 * in the seed layout (title line, date line "01/09 2026 504" or "2026-01-09", blank line, body).
 */
public final class EvalScorer {

    public static final String HEADER = "file,company,event_type,status,amount,currency,post_money_valuation,"
            + "post_money_valuation_currency,pre_money_valuation,pre_money_valuation_currency,round_label,date,"
            + "lead_investors,exchange,ticker,offer_price,proceeds";

    /** Path of score.py relative to the project folder (the working directory of tests). */
    public static final Path SCORE_PY = Path.of("..", "shared", "eval", "score.py");

    /** The scorer's summary plus everything it printed. */
    public record Result(double f1, double precision, double recall, String output) {
    }

    private EvalScorer() {
    }

    /** True when python3 and score.py are both available. */
    public static boolean available() {
        if (!Files.isRegularFile(SCORE_PY)) return false;
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Reads an article file: title = first line, date = second line, body = the rest. */
    public static Article readArticle(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        String title = i < lines.size() ? lines.get(i++).trim() : "";
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        LocalDate published = null;
        if (i < lines.size()) {
            published = parseDateLine(lines.get(i));
            if (published != null) i++;
        }
        String body = String.join("\n", lines.subList(Math.min(i, lines.size()), lines.size())).trim();
        return new Article(file.getFileName().toString(), title, published, "en", body);
    }

    static LocalDate parseDateLine(String line) {
        Matcher iso = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})").matcher(line);
        if (iso.find()) return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        Matcher zh = Pattern.compile("^\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]").matcher(line);
        if (zh.find()) return LocalDate.of(Integer.parseInt(zh.group(1)), Integer.parseInt(zh.group(2)), Integer.parseInt(zh.group(3)));
        Matcher de = Pattern.compile("^\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b").matcher(line);
        if (de.find()) return LocalDate.of(Integer.parseInt(de.group(3)), Integer.parseInt(de.group(2)), Integer.parseInt(de.group(1)));
        Matcher deLong = Pattern.compile("^\\s*(\\d{1,2})\\.\\s*(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\s+(\\d{4})").matcher(line);
        if (deLong.find()) return LocalDate.of(Integer.parseInt(deLong.group(3)), DateResolver.germanMonth(deLong.group(2)), Integer.parseInt(deLong.group(1)));
        Matcher us = Pattern.compile("(\\d{1,2})/(\\d{1,2})\\s+(\\d{4})").matcher(line);
        if (us.find()) return LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
        Matcher us2 = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(line);
        if (us2.find()) return LocalDate.of(Integer.parseInt(us2.group(3)), Integer.parseInt(us2.group(1)), Integer.parseInt(us2.group(2)));
        return null;
    }

    /** Reads every {@code *.txt} article of a folder, sorted by name. */
    public static List<Article> readArticles(Path folder) throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().collect(Collectors.toList())) {
                out.add(readArticle(p));
            }
        }
        return out;
    }

    /**
     * Writes the prediction CSV. {@code files} lists every file that was read: a file without any
     * mention gets a row with only {@code file} filled ("this file has no events").
     */
    public static void writeCsv(Collection<String> files, List<Mention> mentions, Path out) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        Set<String> withEvents = new LinkedHashSet<>();
        for (Mention m : mentions) {
            withEvents.add(m.file());
            List<String> row = List.of(m.file(), nz(m.company()), m.type().code(), m.status().code(), amt(m.amount()),
                    cur(m.amount()), amt(m.postMoney()), cur(m.postMoney()), amt(m.preMoney()), cur(m.preMoney()),
                    nz(m.roundLabel()), m.date() == null ? "" : m.date().format(DateTimeFormatter.ISO_LOCAL_DATE),
                    String.join(";", m.leadInvestors()), nz(m.exchange()), nz(m.ticker()), amt(m.offerPrice()),
                    amt(m.proceeds()));
            sb.append(row.stream().map(EvalScorer::csv).collect(Collectors.joining(","))).append('\n');
        }
        for (String f : files) {
            if (!withEvents.contains(f)) sb.append(csv(f)).append(",".repeat(16)).append('\n');
        }
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }

    /** Scores mentions of many files against a gold labels.json. */
    public static Result score(Collection<String> files, List<Mention> mentions, Path gold, String... extraArgs)
            throws IOException, InterruptedException {
        Path csv = Files.createTempFile("roundup-pred", ".csv");
        try {
            writeCsv(files, mentions, csv);
            return scoreCsv(csv, gold, extraArgs);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    public static Result score(List<Mention> mentions, Path gold) throws IOException, InterruptedException {
        Set<String> files = new LinkedHashSet<>();
        for (Mention m : mentions) files.add(m.file());
        return score(files, mentions, gold);
    }

    /** Runs score.py on a prediction file and parses the last line "F1 x precision y recall z". */
    public static Result scoreCsv(Path csv, Path gold, String... extraArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", SCORE_PY.toString(), csv.toString(), "--gold", gold.toString()));
        cmd.addAll(List.of(extraArgs));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("score.py timed out");
        }
        String[] lines = output.strip().split("\\R");
        Matcher m = Pattern.compile("^F1 ([0-9.]+) precision ([0-9.]+) recall ([0-9.]+)").matcher(lines[lines.length - 1].trim());
        if (!m.find()) throw new IllegalStateException("unexpected score.py output:\n" + output);
        return new Result(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), output);
    }

    /**
     * Command line: {@code EvalScorer PAGES_DIR LABELS_JSON [score.py options]} runs the extractor (empty
     * registry) over every page and prints the scorer's report, e.g. with {@code --per-file}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EvalScorer PAGES_DIR LABELS_JSON [--per-file]");
            System.exit(2);
        }
        EventExtractor x = new EventExtractor(io.roundup.company.CompanyRegistry.empty());
        List<String> files = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Article a : readArticles(Path.of(args[0]))) {
            files.add(a.file());
            mentions.addAll(x.extract(a));
        }
        String[] extra = java.util.Arrays.copyOfRange(args, 2, args.length);
        System.out.print(score(files, mentions, Path.of(args[1]), extra).output());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String amt(Money m) {
        return m == null ? "" : m.plain();
    }

    private static String cur(Money m) {
        return m == null ? "" : m.currencyCode();
    }

    private static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
