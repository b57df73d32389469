package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
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

    /**
     * A page that is one endless sentence (a scraped table, a blob without stops) of 2 MB: sentences are cut before the
     * patterns run, so it is read like any long page. The timeout only keeps a regression from hanging the build.
     */
    @Test
    @Timeout(120)
    void aTwoMegabyteSentenceIsReadWithoutHanging() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 2_000_000) b.append("Acme raised $5 million led by Foo Ventures and Bar Capital, ");
        List<Mention> m = new EventExtractor(CompanyRegistry.empty())
                .extract(new Article("blob.txt", "t", LocalDate.of(2025, 1, 2), "en", b.toString()));
        assertThat(m).extracting(Mention::company).contains("Acme");
    }
}
