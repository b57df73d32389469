package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.Mention;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scores the extractor on a few invented pages (src/test/resources/extract) whose wording differs
 * from the seed and the dev set: passive acquisitions, "X-led" rounds, filings, a Chinese IPO, talks.
 */
class OwnPagesScoreTest {

    static final Path DIR = Path.of("src", "test", "resources", "extract");

    @Test
    void ownPagesScoreWell() throws Exception {
        assumeTrue(EvalScorer.available(), "python3 or score.py missing");
        EventExtractor extractor = new EventExtractor(CompanyRegistry.empty());
        List<String> files = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Article a : EvalScorer.readArticles(DIR.resolve("pages"))) {
            files.add(a.file());
            mentions.addAll(extractor.extract(a));
        }
        assertThat(Files.isRegularFile(DIR.resolve("labels.json"))).isTrue();
        EvalScorer.Result r = EvalScorer.score(files, mentions, DIR.resolve("labels.json"), "--per-file");
        System.out.println(r.output());
        assertThat(r.f1()).as(r.output()).isGreaterThanOrEqualTo(0.85);
    }
}
