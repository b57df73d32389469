package io.roundup.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.roundup.domain.Article;
import io.roundup.news.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark command end to end on tiny sizes: it must run and print its ratio lines. The
 * figures themselves belong to the bench command at full size (docs/benchmarks.md), never to a unit test.
 */
class BenchSmokeTest {

    @Test
    void printsARatioLinePerBenchmark(@TempDir Path work) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Bench.run(List.of("--rows=5000", "--heap-small=2000", "--heap-large=6000", "--pages=1", "--repeat=1", "--warmup=1",
                    "--only=prices_h2_vs_jdbc,news_vs_parse,heap_10m_vs_1m", "--work=" + work));
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        assertThat(out).containsPattern("ratio prices_h2_vs_jdbc \\d+\\.\\d{3}")
                .containsPattern("ratio news_vs_parse \\d+\\.\\d{3}")
                .containsPattern("ratio heap_10m_vs_1m \\d+\\.\\d{3}");
        // the news runs are the dates of one backfill, each over every page again
        assertThat(out.lines().filter(l -> l.startsWith("news through readNews + extractEvents: 7 pages")).count()).as(out).isEqualTo(2);
    }

    /** A work folder reused on the same day must not turn the heap probes into no-ops over a completed run. */
    @Test
    void probesLoadAgainInAReusedWorkFolder(@TempDir Path work) throws Exception {
        List<String> args = List.of("--heap-small=2000", "--heap-large=4000", "--only=heap_10m_vs_1m", "--work=" + work);
        PrintStream original = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(Bench.run(args)).isZero();
            assertThat(Bench.run(args)).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(Files.readString(work.resolve("heap-large.log"))).contains("step loadPrices completed: read 4000, written 4000");
    }

    @Test
    void comparesMaximaOverAsManySamples() {
        List<Long> longRun = List.of(1L, 5L, 2L, 3L, 9L, 1L, 4L);
        assertThat(Bench.meanMaxOfWindows(longRun, 3)).isEqualTo((5 + 9) / 2);
        assertThat(Bench.meanMaxOfWindows(longRun, 7)).isEqualTo(9);
        assertThat(Bench.meanMaxOfWindows(List.of(2L, 8L), 5)).isEqualTo(8);
    }

    /** The site chrome the news benchmark adds must not change what the job reads from a page. */
    @Test
    void dressedPagesKeepTheirArticle() throws Exception {
        ArticleReader reader = new ArticleReader();
        Random random = new Random(1);
        try (Stream<Path> pages = Files.list(Path.of("input", "news"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(page);
                String dressed = BenchData.dressed(html, random, 170 * 1024);
                assertThat(dressed.length()).as(page.toString()).isBetween(165 * 1024, 185 * 1024);
                var plainParsed = reader.readHtml(page.getFileName().toString(), html);
                if (!plainParsed.isOk()) { // the sample's section page: no article with or without chrome
                    assertThat(reader.readHtml(page.getFileName().toString(), dressed).isOk()).as(page.toString()).isFalse();
                    continue;
                }
                Article plain = plainParsed.value();
                var parsed = reader.readHtml(page.getFileName().toString(), dressed);
                assertThat(parsed.isOk()).as(page + ": " + (parsed.isOk() ? "" : parsed.reject().reason())).isTrue();
                Article big = parsed.value();
                assertThat(big.body()).as(page.toString()).isEqualTo(plain.body());
                assertThat(big.title()).isEqualTo(plain.title());
                assertThat(big.published()).isEqualTo(plain.published());
            }
        }
    }

    @Test
    void refusesAnythingButOptions() throws Exception {
        assertThat(Bench.run(List.of("fast"))).isEqualTo(2);
    }
}
