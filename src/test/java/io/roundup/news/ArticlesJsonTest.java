package io.roundup.news;

import io.roundup.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ArticlesJsonTest {

    @Test
    void writesOneEntryPerPageKeyedByNameWithoutExtension(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        String para = "Mistral AI said on Tuesday that it had raised \"fresh\" capital from a group of investors, "
                + "a round that the Paris company described as the largest in its history so far. ";
        Files.writeString(pages.resolve("mistral.html"), """
                <html><head><title>Mistral raises | Example News</title>
                <meta property="article:published_time" content="2025-09-09T08:00:00Z"></head>
                <body><nav><a href="/">Home</a></nav><article><h1>Mistral raises</h1>
                <p>%s</p><p>%s</p></article><footer>Related: X raised $5 billion</footer></body></html>
                """.formatted(para, "The company, founded in 2023 by former researchers of large laboratories, "
                + "plans to spend the money on computing capacity and on hiring engineers in Europe and abroad."));
        Files.writeString(pages.resolve("index.htm"), "<html><body><a href=/a>A</a> <a href=/b>B</a></body></html>");
        Files.writeString(pages.resolve("notes.txt"), "not a page");
        Path out = dir.resolve("out.json");

        assertThat(ArticlesJson.write(pages, out)).isEqualTo(new ArticlesJson.Written(2, 1));

        Map<?, ?> json = (Map<?, ?>) Bench.MiniJson.parse(Files.readString(out));
        assertThat(json.keySet().stream().map(Object::toString).toList()).containsExactlyInAnyOrder("mistral", "index");
        Map<?, ?> mistral = (Map<?, ?>) json.get("mistral");
        assertThat((String) mistral.get("articleBody")).contains("\"fresh\" capital").doesNotContain("$5 billion")
                .doesNotContain("Mistral raises");
        assertThat(mistral.get("date")).isEqualTo("2025-09-09");
        assertThat(((Map<?, ?>) json.get("index")).get("articleBody")).isEqualTo("");
    }

    @Test
    void aGzipBombIsCutOffAtThePageLimitLikeAFetchedBody(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        byte[] block = new byte[1024 * 1024];
        Arrays.fill(block, (byte) ' ');
        try (var gz = new GZIPOutputStream(Files.newOutputStream(pages.resolve("bomb.html.gz")))) {
            gz.write("<html><body><p>".getBytes());
            for (int i = 0; i < 64; i++) gz.write(block); // 64 MiB of spaces in about 64 KB
            gz.write("</p></body></html>".getBytes());
        }
        assertThat(Files.size(pages.resolve("bomb.html.gz"))).isLessThan(Article.MAX_PAGE_BYTES / 10);
        Path out = dir.resolve("out.json");

        assertThat(ArticlesJson.write(pages, out)).isEqualTo(new ArticlesJson.Written(1, 1));

        Map<?, ?> bomb = (Map<?, ?>) ((Map<?, ?>) Bench.MiniJson.parse(Files.readString(out))).get("bomb");
        assertThat(bomb.get("articleBody")).isEqualTo("");
        assertThat(new ArticleReader().read("bomb.html.gz", Files.readAllBytes(pages.resolve("bomb.html.gz")))
                .reject().reason()).startsWith("too_large");
    }
}
