package io.roundup.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/** Input generated from a fixed seed, so two benchmark runs measure the same work. */
final class BenchData {

    static final int DAYS_PER_TICKER = 2500;

    private BenchData() {
    }

    /** {@code rows} daily bars in Yahoo layout, {@value #DAYS_PER_TICKER} per ticker file, in {@code dir}. */
    static void prices(Path dir, long rows) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(20260108L);
        long written = 0;
        for (int t = 0; written < rows; t++) {
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(String.format("T%05d.csv", t)))) {
                w.write("Date,Open,High,Low,Close,Adj Close,Volume\n");
                double close = 20 + random.nextInt(400);
                LocalDate day = LocalDate.of(2010, 1, 4);
                for (int d = 0; d < DAYS_PER_TICKER && written < rows; d++, written++, day = day.plusDays(1)) {
                    double open = close;
                    close = Math.max(1, open * (0.97 + random.nextDouble() * 0.06));
                    double high = Math.max(open, close) * (1 + random.nextDouble() * 0.01);
                    double low = Math.min(open, close) * (1 - random.nextDouble() * 0.01);
                    w.write(day + "," + money(open) + "," + money(high) + "," + money(low) + "," + money(close) + ","
                            + money(close) + "," + random.nextInt(50_000_000) + "\n");
                }
            }
        }
    }

    private static String money(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code copies} news pages: the sample pages of {@code source}, each copied under new names. */
    static int news(Path source, Path dir, int copies) throws IOException {
        Files.createDirectories(dir);
        int n = 0;
        try (var pages = Files.list(source)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                for (int i = 0; i < copies; i++, n++) {
                    Files.copy(page, dir.resolve(i + "_" + page.getFileName()));
                }
            }
        }
        return n;
    }
}
