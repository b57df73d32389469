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
 * The sample news pages of input/news, reduced by hand to plain text (title, date line, paragraphs) in
 * src/test/resources/extract/sample-news-text, scored against src/test/resources/sample-news/labels.json.
 * This checks the extractor alone, without the HTML parsing of the news package.
 */
class SampleNewsTextScoreTest {

    static final Path TEXTS = Path.of("src", "test", "resources", "extract", "sample-news-text");
    static final Path GOLD = Path.of("src", "test", "resources", "sample-news", "labels.json");

    @Test
    void sampleNewsTextsScoreWell() throws Exception {
        assumeTrue(Files.isDirectory(TEXTS) && Files.isRegularFile(GOLD), "sample news gold not present");
        assumeTrue(EvalScorer.available(), "python3 or score.py missing");
        EventExtractor x = new EventExtractor(CompanyRegistry.empty());
        List<String> files = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Article a : EvalScorer.readArticles(TEXTS)) {
            String name = a.file().replaceFirst("\\.txt$", ""); // "page.html.txt" is the text of "page.html"
            files.add(name);
            mentions.addAll(x.extract(new Article(name, a.title(), a.published(), a.language(), a.body())));
        }
        EvalScorer.Result r = EvalScorer.score(files, mentions, GOLD, "--per-file");
        System.out.println(r.output());
        assertThat(r.f1()).as(r.output()).isGreaterThanOrEqualTo(0.85);
    }
}
