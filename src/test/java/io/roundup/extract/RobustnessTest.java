package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThatCode;

/** The extractor never throws, whatever slice of text it is given. */
class RobustnessTest {

    @Test
    void arbitrarySlicesOfRealText() throws Exception {
        StringBuilder corpus = new StringBuilder();
        for (Path dir : new Path[]{Path.of("src", "test", "resources", "corpus", "own", "pages"), Path.of("src", "test", "resources", "corpus", "dev", "pages")}) {
            if (!Files.isDirectory(dir)) continue;
            for (Article a : EvalScorer.readArticles(dir)) corpus.append(a.body()).append("\n\n");
        }
        corpus.append("$ € HK$ 亿元 (( )) ,, ; led by , and the following day. 收购了 。 IPO. Series . on Monday (");
        String text = corpus.toString();
        EventExtractor x = new EventExtractor(CompanyRegistry.empty());
        Random r = new Random(42);
        for (int i = 0; i < 300; i++) {
            int s = r.nextInt(text.length());
            int e = Math.min(text.length(), s + r.nextInt(600));
            String body = text.substring(s, e);
            LocalDate pub = r.nextBoolean() ? null : LocalDate.of(2025, 1 + r.nextInt(12), 1 + r.nextInt(28));
            assertThatCode(() -> x.extract(new Article("f.txt", "t", pub, "en", body))).as(body).doesNotThrowAnyException();
        }
    }
}
