package io.roundup.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark command end to end on tiny sizes: it must run and print its ratio lines. The
 * figures themselves belong to `roundup bench` at full size, never to a unit test.
 */
class BenchSmokeTest {

    @Test
    void printsARatioLinePerBenchmark(@TempDir Path work) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Bench.run(List.of("--rows=5000", "--heap-small=2000", "--heap-large=6000", "--pages=1",
                    "--only=prices_h2_vs_jdbc,news_vs_parse,heap_10m_vs_1m", "--work=" + work));
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        assertThat(out).containsPattern("ratio prices_h2_vs_jdbc \\d+\\.\\d{3}")
                .containsPattern("ratio news_vs_parse \\d+\\.\\d{3}")
                .containsPattern("ratio heap_10m_vs_1m \\d+\\.\\d{3}");
    }

    @Test
    void refusesAnythingButOptions() throws Exception {
        assertThat(Bench.run(List.of("fast"))).isEqualTo(2);
    }
}
