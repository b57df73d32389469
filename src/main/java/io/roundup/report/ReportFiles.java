package io.roundup.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the three summaries from one input and writes them into a folder as
 * {@code company_summary.csv}, {@code country_summary.csv} and {@code ipo_summary.csv}, each
 * written atomically by {@link CsvTable#write(Path)}.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Writes the three files into {@code dir} (created if missing); returns their paths in that order. */
    public static List<Path> writeAll(Path dir, ReportInput in) throws IOException {
        List<CompanySummary> companies = CompanySummaryBuilder.build(in);
        List<CountrySummary> countries = CountrySummaryBuilder.build(in, companies);
        List<IpoSummary> ipos = IpoSummaryBuilder.build(in);
        Path c = dir.resolve(CompanySummary.FILE_NAME);
        Path k = dir.resolve(CountrySummary.FILE_NAME);
        Path i = dir.resolve(IpoSummary.FILE_NAME);
        CompanySummary.table(companies).write(c);
        CountrySummary.table(countries).write(k);
        IpoSummary.table(ipos).write(i);
        return List.of(c, k, i);
    }
}
