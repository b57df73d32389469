package io.roundup.news;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.roundup.domain.Article;
import io.roundup.domain.Parsed;

/**
 * The public article-extraction benchmark ({@code ../shared/bench/article-extraction}): runs the
 * reader over every page, writes the prediction JSON that {@code score.py} reads, and scores it the
 * way {@code score.py} does (\w+ tokens, 4-token shingles as multisets, macro precision over
 * non-empty predictions, macro recall over non-empty truths, F1 of the two means).
 * <p>
 * Run by hand: {@code java -cp ... io.roundup.news.Bench ../shared/bench/article-extraction out.json}
 * then {@code python3 score.py out.json}.
 */
final class Bench {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int NGRAM = 4;

    record Score(double f1, double precision, double recall, int pages, int rejected, Map<String, Double> pageF1) {
    }

    private Bench() {
    }

    /** Page id to extracted body ("" for a reject); throws only if the reader itself throws. */
    static Map<String, String> predict(Path benchDir, Map<String, String> rejects) throws IOException {
        ArticleReader reader = new ArticleReader();
        Map<String, String> out = new TreeMap<>();
        List<Path> pages;
        try (Stream<Path> s = Files.list(benchDir.resolve("html"))) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        for (Path p : pages) {
            String file = p.getFileName().toString();
            String id = file.substring(0, file.length() - ".html.gz".length());
            Parsed<Article> r = reader.read(file, Files.readAllBytes(p));
            if (r.isOk()) {
                out.put(id, r.value().body());
            } else {
                out.put(id, "");
                if (rejects != null) rejects.put(id, r.reject().reason());
            }
        }
        return out;
    }

    static Map<String, String> truth(Path benchDir) throws IOException {
        Object parsed = MiniJson.parse(Files.readString(benchDir.resolve("ground-truth.json"), StandardCharsets.UTF_8));
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) parsed).entrySet()) {
            Object body = ((Map<?, ?>) e.getValue()).get("articleBody");
            out.put((String) e.getKey(), body instanceof String s ? s : "");
        }
        return out;
    }

    static Score score(Map<String, String> truth, Map<String, String> pred) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        int empty = 0;
        Map<String, Double> pageF1 = new TreeMap<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            Map<List<String>, Integer> t = shingles(e.getValue());
            Map<List<String>, Integer> p = shingles(pred.getOrDefault(e.getKey(), ""));
            int nT = t.values().stream().mapToInt(Integer::intValue).sum();
            int nP = p.values().stream().mapToInt(Integer::intValue).sum();
            int matched = 0;
            for (Map.Entry<List<String>, Integer> s : p.entrySet()) matched += Math.min(s.getValue(), t.getOrDefault(s.getKey(), 0));
            double prec = nP == 0 ? 0 : (double) matched / nP;
            double rec = nT == 0 ? 0 : (double) matched / nT;
            if (nP > 0) {
                pSum += prec;
                pN++;
            } else {
                empty++;
            }
            if (nT > 0) {
                rSum += rec;
                rN++;
            }
            pageF1.put(e.getKey(), prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec));
        }
        double precision = pN == 0 ? 0 : pSum / pN;
        double recall = rN == 0 ? 0 : rSum / rN;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(f1, precision, recall, truth.size(), empty, pageF1);
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> toks = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) toks.add(m.group());
        Map<List<String>, Integer> out = new HashMap<>();
        if (toks.isEmpty()) return out;
        if (toks.size() < NGRAM) {
            out.put(List.copyOf(toks), 1);
            return out;
        }
        for (int i = 0; i + NGRAM <= toks.size(); i++) out.merge(List.copyOf(toks.subList(i, i + NGRAM)), 1, Integer::sum);
        return out;
    }

    static void writeJson(Map<String, String> pred, Path out) throws IOException {
        StringBuilder sb = new StringBuilder("{\n");
        boolean first = true;
        for (Map.Entry<String, String> e : pred.entrySet()) {
            if (!first) sb.append(",\n");
            first = false;
            sb.append(quote(e.getKey())).append(": {\"articleBody\": ").append(quote(e.getValue())).append('}');
        }
        sb.append("\n}\n");
        Files.writeString(out, sb, StandardCharsets.UTF_8);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/bench/article-extraction");
        Path out = Path.of(args.length > 1 ? args[1] : "/tmp/news-bench.json");
        Map<String, String> rejects = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Map<String, String> pred = predict(dir, rejects);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        writeJson(pred, out);
        Score s = score(truth(dir), pred);
        System.out.printf("F1 %.3f precision %.3f recall %.3f pages %d empty %d (%d ms)%n",
                s.f1(), s.precision(), s.recall(), s.pages(), s.rejected(), ms);
        rejects.forEach((k, v) -> System.out.println("rejected " + k.substring(0, 16) + ": " + v));
    }

    /** Just enough JSON (objects, arrays, strings, numbers, literals) to read the ground truth. */
    static final class MiniJson {
        private final String s;
        private int i;

        private MiniJson(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            MiniJson p = new MiniJson(s);
            Object v = p.value();
            p.ws();
            if (p.i != s.length()) throw new IllegalArgumentException("trailing data at " + p.i);
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<String, Object> m = new LinkedHashMap<>();
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    expect(':');
                    m.put(k, value());
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    expect('}');
                    return m;
                }
            }
            if (c == '[') {
                i++;
                List<Object> l = new ArrayList<>();
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    expect(']');
                    return l;
                }
            }
            if (c == '"') return string();
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) i++;
            String lit = s.substring(start, i);
            return switch (lit) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> Double.valueOf(lit);
            };
        }

        private void expect(char c) {
            if (s.charAt(i) != c) throw new IllegalArgumentException("expected '" + c + "' at " + i);
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return sb.toString();
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }
    }
}
