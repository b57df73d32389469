package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.Mention;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SeedScoreTest {

    static final Path SEED = Path.of("..", "shared", "seed", "000_f963e708b5a9c1eb.txt");
    static final Path GOLD = Path.of("..", "shared", "seed", "labels.json");

    @Test
    void seedArticleScoresPerfectly() throws Exception {
        assumeTrue(Files.isRegularFile(SEED) && Files.isRegularFile(GOLD), "shared seed not present");
        assumeTrue(EvalScorer.available(), "python3 or score.py missing");
        Article a = EvalScorer.readArticle(SEED);
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(a.title()).startsWith("Stark Contrast");
        List<Mention> mentions = new EventExtractor(CompanyRegistry.empty()).extract(a);
        EvalScorer.Result r = EvalScorer.score(List.of(a.file()), mentions, GOLD, "--per-file");
        System.out.println(r.output());
        assertThat(r.f1()).as(r.output()).isEqualTo(1.00);
    }
}
