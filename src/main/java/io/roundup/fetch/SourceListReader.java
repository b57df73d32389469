package io.roundup.fetch;

import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import io.roundup.domain.RowReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code sources.csv}: a header {@code url,kind} (columns in any order), then one source a
 * line, {@code kind} = {@code feed}, {@code article}, {@code fx}, {@code prices} or {@code listings}
 * (a {@code prices} URL may hold {@code {symbol}}). Blank lines and lines starting with
 * {@code #} are skipped (also before the header). A bad line becomes a reject naming its physical
 * line (header = 1 when it is the first line) and reading goes on. Only absolute http/https URLs
 * with a host are accepted; the fragment is dropped (it is never sent). A URL listed twice is
 * rejected the second time.
 */
public final class SourceListReader implements RowReader<Source> {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

    private final BufferedReader in;
    private final String source;
    private final Map<String, Long> seen = new HashMap<>();
    private long lineNo;
    private int urlColumn = -1;
    private int kindColumn = -1;
    private int width;

    public SourceListReader(Reader reader, String source) throws IOException {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        this.source = source;
        String header = nextContentLine();
        if (header == null) return; // an empty file lists nothing
        List<String> names = split(header);
        if (names == null) throw new IOException(source + ": line " + lineNo + ": malformed header, expected url,kind");
        width = names.size();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).toLowerCase(Locale.ROOT);
            if (n.equals("url")) urlColumn = i;
            else if (n.equals("kind")) kindColumn = i;
        }
        if (urlColumn < 0 || kindColumn < 0) {
            throw new IOException(source + ": line " + lineNo + ": missing column '" + (urlColumn < 0 ? "url" : "kind")
                    + "', expected header url,kind");
        }
    }

    @Override
    public Parsed<Source> next() throws IOException {
        if (urlColumn < 0) return null;
        String raw = nextContentLine();
        if (raw == null) return null;
        List<String> fields = split(raw);
        if (fields == null) return reject("bad_row: unterminated quote", raw);
        if (fields.size() != width) {
            return reject("bad_row: expected " + width + " fields, got " + fields.size(), raw);
        }
        String url = fields.get(urlColumn);
        if (url.isEmpty()) return reject("missing_field: url is empty", raw);
        String kindText = fields.get(kindColumn);
        Source.Kind kind = Source.Kind.fromCode(kindText);
        if (kind == null) {
            return reject("bad_kind: expected feed, article, fx, prices or listings, got '" + kindText + "'", raw);
        }
        if (url.contains(Source.SYMBOL) && kind != Source.Kind.PRICES) {
            return reject("bad_url: only a prices URL may hold " + Source.SYMBOL, raw);
        }
        String normalized;
        try {
            normalized = Urls.normalizeTemplate(url);
        } catch (IllegalArgumentException e) {
            return reject(e.getMessage(), raw);
        }
        Long first = seen.putIfAbsent(normalized, lineNo);
        if (first != null) return reject("duplicate_url: already listed on line " + first, raw);
        return Parsed.ok(new Source(normalized, kind));
    }

    private Parsed<Source> reject(String reason, String raw) {
        return Parsed.rejected(new Reject(source, lineNo, reason, raw));
    }

    private String nextContentLine() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            return line;
        }
        return null;
    }

    private static List<String> split(String line) {
        if (line.indexOf('"') < 0) {
            List<String> out = new ArrayList<>();
            for (String p : line.split(",", -1)) out.add(p.strip());
            return out;
        }
        try (CSVParser p = CSVParser.parse(line, FORMAT)) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) return List.of("");
            CSVRecord r = it.next();
            if (it.hasNext()) return null;
            List<String> out = new ArrayList<>();
            for (String s : r) out.add(s == null ? "" : s.strip());
            return out;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
