package io.roundup.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The reader on the 181 pages of the public article-extraction benchmark (../shared, skipped when
 * absent): no exception, every page read as an article, and the benchmark F1 above a floor. With
 * {@code -Dnews.bench.out=FILE} the predictions are written for {@code score.py}.
 */
class BenchmarkTest {

    static final Path BENCH = Path.of("../shared/bench/article-extraction");
    /** Reached F1 0.975 (P 0.975, R 0.974, mean page F1 0.972); the floors sit a little below. */
    static final double F1_FLOOR = 0.95;
    static final double MEAN_PAGE_F1_FLOOR = 0.93;

    @Test
    void benchmarkF1() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(BENCH.resolve("html")) && Files.isRegularFile(BENCH.resolve("ground-truth.json")),
                "benchmark absent: " + BENCH.toAbsolutePath());
        Map<String, String> rejects = new LinkedHashMap<>();
        Map<String, String> pred = Bench.predict(BENCH, rejects);
        Map<String, String> truth = Bench.truth(BENCH);
        assertEquals(truth.keySet(), pred.keySet());
        String out = System.getProperty("news.bench.out");
        if (out != null && !out.isBlank()) Bench.writeJson(pred, Path.of(out));
        Bench.Score s = Bench.score(truth, pred);
        double meanPage = s.pageF1().values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("article-extraction benchmark: F1 %.3f precision %.3f recall %.3f mean page F1 %.3f, %d pages, %d rejected%n",
                s.f1(), s.precision(), s.recall(), meanPage, s.pages(), rejects.size());
        assertTrue(rejects.size() <= 2, "benchmark pages rejected as non-articles: " + rejects);
        assertTrue(s.f1() >= F1_FLOOR, "F1 " + s.f1() + " below " + F1_FLOOR);
        assertTrue(meanPage >= MEAN_PAGE_F1_FLOOR, "mean page F1 " + meanPage + " below " + MEAN_PAGE_F1_FLOOR);
    }
}
