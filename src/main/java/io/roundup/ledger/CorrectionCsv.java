package io.roundup.ledger;

import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code corrections.csv}: {@code event_id,document,company,action,field,value,who,why}, one
 * correction a row, in the order they apply. A row that does not make a correction becomes a reject
 * naming its line (header = 1) and what was expected; the other rows still apply.
 */
public final class CorrectionCsv {

    public static final String FILE_NAME = "corrections.csv";
    public static final List<String> HEADER = List.of("event_id", "document", "company", "action", "field", "value", "who", "why");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private CorrectionCsv() {
    }

    public static List<Parsed<Correction>> read(Reader in, String source) throws IOException {
        List<Parsed<Correction>> out = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(in)) {
            List<String> missing = HEADER.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                out.add(Parsed.rejected(new Reject(source, 1, "bad_header: missing " + missing + ", expected " + String.join(",", HEADER),
                        String.join(",", parser.getHeaderNames()))));
                return out;
            }
            for (CSVRecord r : parser) out.add(row(r, source));
        }
        return out;
    }

    private static Parsed<Correction> row(CSVRecord r, String source) {
        long line = r.getRecordNumber() + 1;
        try {
            Correction.Action action = Correction.Action.fromCode(r.get("action"));
            String field = r.get("field");
            return Parsed.ok(new Correction(line, r.get("event_id"), r.get("document"), r.get("company"), action,
                    field.isBlank() ? null : CorrectionField.fromCode(field), r.get("value"), r.get("who"), r.get("why")));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Parsed.rejected(new Reject(source, line, "bad_correction: " + e.getMessage(), String.join(",", r.values())));
        }
    }

    /** Appends one correction to the file, creating it with its header; returns the line it went to. */
    public static long append(Path file, Correction c) throws IOException {
        boolean exists = Files.isRegularFile(file) && Files.size(file) > 0;
        StringWriter text = new StringWriter();
        if (exists && !endsWithNewline(file)) text.append('\n');
        try (CSVPrinter p = new CSVPrinter(text, FORMAT)) {
            if (!exists) p.printRecord(HEADER);
            p.printRecord(nullToEmpty(c.eventId()), nullToEmpty(c.document()), nullToEmpty(c.company()), c.action().code(),
                    c.field() == null ? "" : c.field().code(), nullToEmpty(c.value()), c.who(), c.why());
        }
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString()).stream().mapToLong(p -> p.isOk() ? p.value().line() : p.reject().line())
                    .max().orElse(2);
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return bytes.length == 0 || bytes[bytes.length - 1] == '\n';
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
