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
 * {@code roundup articles DIR OUT.json}: reads every {@code .html}/{@code .htm} page in DIR (also
 * gzipped) and writes {@code {"<name without extension>": {"articleBody": …, "title": …, "date": …}}},
 * the input of the article-extraction scorer. A page that is not an article, or larger than
 * {@link Article#MAX_PAGE_BYTES} (compressed or not), gets an empty body.
 */
public final class ArticlesCommand {

    private static final List<String> EXTENSIONS = List.of(".html.gz", ".htm.gz", ".html", ".htm");

    private ArticlesCommand() {
    }

    /** Returns the process exit code: 0 done, 2 bad arguments. */
    public static int run(List<String> args) throws IOException {
        if (args.size() != 2 || !Files.isDirectory(Path.of(args.get(0)))) {
            System.err.println("usage: roundup articles DIR OUT.json   (DIR: a folder of .html/.htm pages)");
            return 2;
        }
        Path dir = Path.of(args.get(0));
        Path out = Path.of(args.get(1));
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
        System.out.printf("%d pages, %d not articles, written to %s%n", pages.size(), rejected, out);
        return 0;
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
