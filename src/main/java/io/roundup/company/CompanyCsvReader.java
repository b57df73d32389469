package io.roundup.company;

import io.roundup.domain.Company;
import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import io.roundup.domain.RowReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the company registry {@code companies.csv}: {@code name,aliases,country,sector,exchange,ticker},
 * header names in any order, aliases separated by {@code |}, country an ISO 3166 alpha-2 code.
 */
public final class CompanyCsvReader implements RowReader<Company> {

    private static final List<String> REQUIRED = List.of("name", "aliases", "country");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final String source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns;

    public CompanyCsvReader(Reader in, String source) throws IOException {
        this.source = source;
        this.parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(in);
        this.columns = parser.getHeaderMap();
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                throw new IOException(source + ": line 1: missing column '" + column + "', expected header "
                        + "name,aliases,country,sector,exchange,ticker");
            }
        }
        this.records = parser.iterator();
    }

    @Override
    public Parsed<Company> next() throws IOException {
        try {
            if (!records.hasNext()) return null;
            CSVRecord r = records.next();
            long line = parser.getCurrentLineNumber();
            String raw = String.join(",", r.values());
            if (!r.isConsistent()) {
                return reject(line, "bad_row: expected " + columns.size() + " fields, got " + r.size(), raw);
            }
            String name = r.get("name");
            if (name.isBlank()) return reject(line, "missing_field: name is empty", raw);
            String country = r.get("country").toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(country).matches()) {
                return reject(line, "bad_country: expected an ISO 3166 alpha-2 code, got '" + r.get("country") + "'", raw);
            }
            List<String> aliases = Arrays.stream(r.get("aliases").split("\\|"))
                    .map(String::trim).filter(a -> !a.isEmpty()).toList();
            return Parsed.ok(new Company(name, aliases, country, optional(r, "sector"),
                    optional(r, "exchange"), optional(r, "ticker")));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Parsed<Company> reject(long line, String reason, String raw) {
        return Parsed.rejected(new Reject(source, line, reason, raw));
    }

    private String optional(CSVRecord r, String column) {
        if (!columns.containsKey(column)) return null;
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
