package io.roundup.news.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.roundup.news.text.TextBlock;
import org.junit.jupiter.api.Test;

class ArticleJudgeTest {

    private static final String HUNDRED = "The company said it would use the money to hire researchers and buy chips now.".repeat(2)
            .substring(0, 100);

    @Test
    void enoughProseIsAnArticle() {
        List<TextBlock> blocks = List.of(new TextBlock(HUNDRED, 0, "p"), new TextBlock(HUNDRED, 0, "p"),
                new TextBlock(HUNDRED, 0, "p"));
        BodyExtractor.Result r = ArticleJudge.judge(blocks);
        assertThat(r.isArticle()).isTrue();
        assertThat(r.paragraphs()).hasSize(3);
        assertThat(r.body()).isEqualTo(HUNDRED + "\n\n" + HUNDRED + "\n\n" + HUNDRED);
    }

    @Test
    void tooLittleTextIsNoArticleAndTheReasonSaysWhy() {
        BodyExtractor.Result r = ArticleJudge.judge(List.of(new TextBlock(HUNDRED, 0, "p"),
                new TextBlock("A label", 0, "li")));
        assertThat(r.isArticle()).isFalse();
        assertThat(r.notArticleWhy()).isEqualTo("107 chars of body text in 2 blocks (0% link text), 1 real paragraphs "
                + "with 100 chars; an article needs >= 250 chars in paragraphs of >= 80 chars");
        assertThat(r.paragraphs()).containsExactly(HUNDRED, "A label");
    }

    @Test
    void aListOfTextIsAnArticleAListOfLinksIsNot() {
        String item = HUNDRED.substring(0, 60);
        List<TextBlock> text = new ArrayList<>(List.of(new TextBlock(HUNDRED, 0, "p")));
        List<TextBlock> links = new ArrayList<>(text);
        for (int i = 0; i < 10; i++) {
            text.add(new TextBlock(item, 0, "li"));
            links.add(new TextBlock(item, 60, "li"));
        }
        assertThat(ArticleJudge.judge(text).isArticle()).as("700 chars, one real paragraph, no links").isTrue();
        assertThat(ArticleJudge.judge(links).notArticleWhy()).startsWith("700 chars of body text in 11 blocks (86% link text)");
    }
}
