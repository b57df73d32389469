package io.roundup.report;

import io.roundup.domain.EventMarks;
import io.roundup.domain.FundingEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: the ledger for people, one self-contained page (inline CSS, script and SVG,
 * no font or request leaves the file, so it opens from a mail attachment). A Content-Security-Policy
 * allows only the page's own style and script (by hash), so even markup that slipped past
 * {@link Html} would run nothing.
 *
 * <p>Sums and charts are of the published events (those in review are held out, as in the CSVs);
 * the timelines show every event of the ledger with its review and correction marks.
 */
public final class HtmlReport {

    public static final String FILE_NAME = "report.html";

    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    private HtmlReport() {
    }

    /**
     * @param published what the summaries are computed from (events in review left out)
     * @param ledger    every event of {@code funding_events.csv}
     * @param marks     review state and corrected fields by event id
     */
    public static String render(ReportInput published, List<FundingEvent> ledger, Map<String, EventMarks> marks) {
        List<CompanySummary> companies = CompanySummaryBuilder.build(published);
        List<CountrySummary> countries = CountrySummaryBuilder.build(published, companies);
        CompanyNames names = new CompanyNames(published.companies());
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .append(sha256(CSS)).append("'; script-src '").append(sha256(JS))
                .append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>roundup report ").append(published.runDate()).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>AI financing ledger</h1>\n<p class=\"note\">Run date <time id=\"run-date\">")
                .append(published.runDate()).append("</time> · ").append(ledger.size()).append(" events, ")
                .append(companies.size()).append(" companies · amounts in US$ at ECB reference rates of each event's date; "
                        + "hover a figure for its exact value.</p>\n")
                .append("<nav><a href=\"#headline\">Headline</a><a href=\"#over-time\">Funding over time</a>"
                        + "<a href=\"#companies\">Companies</a><a href=\"#timelines\">Timelines</a><a href=\"#ipos\">IPOs</a></nav>\n")
                .append("</header>\n<main>\n");
        b.append(Headline.section(companies, countries));
        b.append(FundingOverTime.section(published, names));
        CompanySections sections = new CompanySections(names, companies, published, ledger, marks);
        b.append(sections.table());
        b.append(sections.timelines());
        b.append(IpoSection.section(published));
        b.append("</main>\n<footer>Written by roundup from its database; every figure links back to its evidence "
                + "sentence and sources in the timelines.</footer>\n<script>").append(JS).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    /** Writes the page into {@code dir} atomically (a reader never sees half a file); returns its path. */
    public static Path write(Path dir, ReportInput published, List<FundingEvent> ledger, Map<String, EventMarks> marks)
            throws IOException {
        Path file = dir.resolve(FILE_NAME);
        CsvTable.writeAtomically(file, render(published, ledger, marks).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/report/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource /report/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
