package io.roundup.news;

import io.roundup.domain.Article;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What {@code roundup articles DIR OUT.json} writes: every {@code .html}/{@code .htm} page in DIR (also
 * gzipped) read as an article, as {@code {"<name without extension>": {"articleBody": …, "title": …, "date": …}}},
 * the input of the article-extraction scorer. A page that is not an article, or larger than
 * {@link Article#MAX_PAGE_BYTES} (compressed or not), gets an empty body.
 */
public final class ArticlesJson {

    private static final List<String> EXTENSIONS = List.of(".html.gz", ".htm.gz", ".html", ".htm");

    /** How many pages were written, and how many of them were no article (an empty body). */
    public record Written(int pages, int notArticles) {
    }

    private ArticlesJson() {
    }

    /** Writes the pages of the folder {@code dir} to {@code out}. */
    public static Written write(Path dir, Path out) throws IOException {
        ArticleReader reader = new ArticleReader();
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(Files::isRegularFile).filter(f -> id(f) != null).sorted().toList();
        }
        int rejected = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("{");
            for (int i = 0; i < pages.size(); i++) {
                Path page = pages.get(i);
                // a file over the cap is not read at all; a gzipped one is inflated up to it (ArticleReader)
                Article a = Files.size(page) > Article.MAX_PAGE_BYTES ? null
                        : reader.read(page.getFileName().toString(), Files.readAllBytes(page)).value();
                if (a == null) rejected++;
                w.write(i == 0 ? "\n" : ",\n");
                w.write(string(id(page)) + ": {\"articleBody\": " + string(a == null ? "" : a.body())
                        + ", \"title\": " + string(a == null ? null : a.title())
                        + ", \"date\": " + string(a == null || a.published() == null ? null : a.published().toString()) + "}");
            }
            w.write("\n}\n");
        }
        return new Written(pages.size(), rejected);
    }

    static String id(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (lower.endsWith(ext)) return name.substring(0, name.length() - ext.length());
        }
        return null;
    }

    static String string(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
