package io.roundup.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.roundup.domain.Article;
import io.roundup.domain.Parsed;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TextArticleTest {

    private final ArticleReader reader = new ArticleReader();

    static final String SEED_LIKE = "Stark Contrast: Zhipu Hits HK$60 Billion Market Cap!\n\n01/09 2026 504\n\n"
            + "On January 8th, Beijing time, Zhipu (02513.HK) made history by officially listing.\n\n"
            + "Zhipu raised HK$4.348 billion through its IPO, while MiniMax secured HK$4.82 billion.\n";

    @Test
    void seedLayout() {
        Article a = reader.readText("seed.txt", SEED_LIKE).value();
        assertEquals("Stark Contrast: Zhipu Hits HK$60 Billion Market Cap!", a.title());
        assertEquals(LocalDate.of(2026, 1, 9), a.published());
        assertEquals("en", a.language());
        assertEquals("On January 8th, Beijing time, Zhipu (02513.HK) made history by officially listing.\n\n"
                + "Zhipu raised HK$4.348 billion through its IPO, while MiniMax secured HK$4.82 billion.", a.body());
    }

    @Test
    void crlfAndBomAndIsoDate() {
        Article a = reader.readText("x.txt", "\uFEFF\r\n  Title here  \r\n2026-01-09 10:00\r\nLine one.\r\nLine two.\r\n").value();
        assertEquals("Title here", a.title());
        assertEquals(LocalDate.of(2026, 1, 9), a.published());
        assertEquals("Line one.\n\nLine two.", a.body());
    }

    @Test
    void dateInsideProseStaysInBody() {
        Article a = reader.readText("p.txt", "Title\n\nOn January 9, 2026 the company said it raised money.\n\nMore.").value();
        assertEquals(LocalDate.of(2026, 1, 9), a.published());
        assertTrue(a.body().startsWith("On January 9, 2026 the company"), a.body());
    }

    @Test
    void noDateNoBody() {
        Article a = reader.readText("n.txt", "Title\n\nJust a paragraph.").value();
        assertEquals(null, a.published());
        Parsed<Article> p = reader.readText("t.txt", "Only a title\n\n\n");
        assertFalse(p.isOk());
        assertTrue(p.reject().reason().startsWith("not_article"));
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        Article a = reader.readText("w.txt", "Title\n\nfirst line\nsecond line\n\nnext para").value();
        assertEquals("first line second line\n\nnext para", a.body());
    }

    @Test
    void theSeedFile() throws IOException {
        Path seed = Path.of("../shared/seed/000_f963e708b5a9c1eb.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seed file absent");
        Parsed<Article> p = reader.read(seed.getFileName().toString(), Files.readAllBytes(seed));
        assertTrue(p.isOk(), () -> String.valueOf(p.reject()));
        Article a = p.value();
        assertTrue(a.title().startsWith("Stark Contrast: Zhipu"), a.title());
        assertEquals(LocalDate.of(2026, 1, 9), a.published());
        assertEquals("en", a.language());
        assertTrue(a.body().startsWith("On January 8th, Beijing time, Zhipu (02513.HK)"), a.body().substring(0, 80));
        assertFalse(a.body().contains("01/09 2026 504"));
        assertFalse(a.body().contains("\n\n\n"));
    }
}
