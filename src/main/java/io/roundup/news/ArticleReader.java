package io.roundup.news;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import io.roundup.domain.Article;
import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import io.roundup.news.body.BodyExtractor;
import io.roundup.news.text.TextBlocks;
import io.roundup.news.text.Whitespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads one news document (HTML page or plain-text file) into an {@link Article}: headline,
 * publication date, language and the article body as plain text, paragraphs separated by one blank
 * line. Never throws: an empty, unreadable or non-article document comes back as a {@link Reject}.
 */
public final class ArticleReader {

    static final int RAW_LIMIT = 200;
    /** How many lines after the title of a text file may hold its dateline. */
    static final int TEXT_DATE_LINES = 4;

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?\\s*([A-Za-z0-9._:-]+)");
    /** A line that is only a date is a dateline, not body text. */
    private static final BodyExtractor BODY = new BodyExtractor(Dates::isBareDateline);

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

    /** Dispatch by extension: .html/.htm as HTML (charset from BOM/meta, default UTF-8), .txt as text. */
    public Parsed<Article> read(String fileName, byte[] content) {
        return read(fileName, content, null);
    }

    /**
     * As above, for a page served with this HTTP {@code Content-Type} (null when none): a charset it
     * names decodes the page unless a byte-order mark says otherwise, before any meta tag (the order
     * browsers follow), so a GBK, Big5 or Shift_JIS page that only its server labels reads right.
     */
    public Parsed<Article> read(String fileName, byte[] content, String contentType) {
        String name = fileName == null ? "" : fileName;
        Charset declared = headerCharset(contentType);
        try {
            if (content == null || content.length == 0) return reject(name, "empty: the file has no bytes", "");
            String lower = name.toLowerCase(Locale.ROOT);
            byte[] bytes = content;
            if (lower.endsWith(".gz")) {
                bytes = gunzip(content);
                lower = lower.substring(0, lower.length() - 3);
            }
            if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
                return readHtml(name, bytes, declared);
            }
            if (lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".md")) {
                return readText(name, decode(bytes, bomCharset(bytes) != null ? null : declared));
            }
            String s = decodeHtml(bytes, declared);
            String head = s.substring(0, Math.min(s.length(), 2000)).toLowerCase(Locale.ROOT);
            if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")) return readHtml(name, s);
            return readText(name, s);
        } catch (TooLarge e) {
            return reject(name, "too_large: " + e.getMessage(), "");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return reject(name, "unreadable: " + e.getClass().getSimpleName() + ": " + e.getMessage(), "");
        }
    }

    public Parsed<Article> readHtml(String fileName, String html) {
        String name = fileName == null ? "" : fileName;
        try {
            if (html == null || html.isBlank()) return reject(name, "empty: no content", "");
            return article(name, Jsoup.parse(html));
        } catch (RuntimeException | StackOverflowError e) {
            return reject(name, "unreadable: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    html == null ? "" : html);
        }
    }

    /**
     * An HTML page's bytes, parsed as jsoup reads a stream: decoded a buffer at a time instead of
     * first into one String of the whole page (a page with any non-Latin-1 character would become a
     * UTF-16 String decoded char by char, a large share of the cost of reading the page).
     */
    private Parsed<Article> readHtml(String name, byte[] bytes, Charset declared) {
        try {
            if (isBlank(bytes)) return reject(name, "empty: no content", "");
            return article(name, parseHtml(bytes, declared));
        } catch (RuntimeException | StackOverflowError e) {
            return reject(name, "unreadable: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    new String(bytes, 0, Math.min(bytes.length, 4 * RAW_LIMIT), StandardCharsets.ISO_8859_1));
        }
    }

    private static Parsed<Article> article(String name, Document doc) {
        PageIndex index = PageIndex.of(doc); // one walk for what Titles and Dates look up
        String title = Titles.of(doc, index);
        LocalDate published = Dates.fromHtml(doc, index);
        // the extractor takes doc apart (no copy): what a reject shows of the page is taken first
        String excerpt = TextBlocks.prefix(doc.body(), RAW_LIMIT);
        BodyExtractor.Result r = BODY.extractInPlace(doc, title, index.bodyPreparation);
        if (!r.isArticle()) return reject(name, "not_article: " + r.notArticleWhy(), excerpt);
        String body = r.body();
        String language = Language.guess(title + "\n" + body);
        return Parsed.ok(new Article(name, title, published, language, body));
    }

    /**
     * A plain-text article: title = first non-empty line; the publication date from one of the next
     * lines ("01/09 2026 504": MM/DD YYYY and a view counter; ISO dates; written-out dates), that line
     * dropped when it holds nothing but the date; body = the remaining lines, blank-line separated
     * paragraphs (each line its own paragraph when the file has no blank lines).
     */
    public Parsed<Article> readText(String fileName, String text) {
        String name = fileName == null ? "" : fileName;
        try {
            if (text == null || text.isBlank()) return reject(name, "empty: no text", "");
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            String[] lines = t.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            int i = 0;
            while (i < lines.length && lines[i].isBlank()) i++;
            String title = Whitespace.normalize(lines[i]);
            i++;
            LocalDate published = null;
            int dateLine = -1;
            for (int j = i, seen = 0; j < lines.length && seen < TEXT_DATE_LINES; j++) {
                if (lines[j].isBlank()) continue;
                seen++;
                String line = Whitespace.normalize(lines[j]);
                if (line.length() > 200) continue;
                LocalDate d = Dates.find(line);
                if (d != null) {
                    published = d;
                    if (Dates.isBareDateline(line)) dateLine = j;
                    break;
                }
            }
            List<String> rest = new ArrayList<>();
            for (int j = i; j < lines.length; j++) rest.add(j == dateLine ? "" : lines[j]);
            List<String> paragraphs = paragraphs(rest);
            if (paragraphs.isEmpty()) {
                return reject(name, "not_article: no body text after the title line", t);
            }
            String body = String.join("\n\n", paragraphs);
            return Parsed.ok(new Article(name, title, published, Language.guess(title + "\n" + body), body));
        } catch (RuntimeException | StackOverflowError e) {
            return reject(name, "unreadable: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    text == null ? "" : text);
        }
    }

    private static List<String> paragraphs(List<String> lines) {
        // blank-line separated when a blank line stands between two text lines
        boolean blankSeparated = false;
        boolean started = false;
        boolean gap = false;
        for (String l : lines) {
            if (l.isBlank()) {
                gap = started;
            } else {
                if (gap) blankSeparated = true;
                started = true;
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String l : lines) {
            String n = Whitespace.normalize(l);
            if (n.isEmpty() || !blankSeparated) {
                if (!n.isEmpty()) out.add(n);
                else if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                continue;
            }
            if (cur.length() > 0) cur.append(' ');
            cur.append(n);
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    // ---------------------------------------------------------------- bytes to text

    /**
     * HTML bytes to a document, the charset chosen as {@link #decodeHtml} chooses it: byte-order mark,
     * else the charset the HTTP header declared (null: none), else a meta charset in the first 4 KB,
     * else strict UTF-8 and, for bytes that are not UTF-8, windows-1252.
     */
    static Document parseHtml(byte[] bytes, Charset declared) {
        Charset cs = bomCharset(bytes);
        int from = cs == null ? 0 : cs == StandardCharsets.UTF_8 ? 3 : 2;
        if (cs == null) cs = declared;
        if (cs == null) cs = metaCharset(bytes);
        if (cs != null) return parse(bytes, from, cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        try {
            return parse(bytes, 0, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) throw e;
            return parse(bytes, 0, Charset.forName("windows-1252").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        }
    }

    private static Document parse(byte[] bytes, int from, CharsetDecoder decoder) {
        Reader in = new InputStreamReader(new ByteArrayInputStream(bytes, from, bytes.length - from), decoder);
        return Parser.htmlParser().parseInput(in, "");
    }

    /** A charset named by a meta tag in the first 4 KB, unless it is a 16- or 32-bit one (ASCII bytes named it). */
    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        Charset cs = charset(m.group(1));
        return cs == null || cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32") ? null : cs;
    }

    /** The {@code charset} parameter of a Content-Type header, or null when none or unknown. */
    static Charset headerCharset(String contentType) {
        if (contentType == null) return null;
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? charset(m.group(1)) : null;
    }

    /**
     * The charset of this label, or null when unknown. GB2312 is read as GBK, its superset, as
     * browsers do: pages labelled GB2312 hold GBK characters.
     */
    private static Charset charset(String label) {
        String name = label.trim();
        if (name.equalsIgnoreCase("gb2312") || name.equalsIgnoreCase("gb_2312-80")) name = "GBK";
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null; // unknown charset name: decided as if none were named
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') return false;
        return true;
    }

    /** HTML bytes to text: byte-order mark, else the header's charset, else a meta charset in the first 4 KB, else UTF-8. */
    static String decodeHtml(byte[] bytes, Charset declared) {
        Charset bom = bomCharset(bytes);
        if (bom != null) return decode(bytes, bom);
        return decode(bytes, declared != null ? declared : metaCharset(bytes));
    }

    /** Decodes with the given charset, or by BOM, else strict UTF-8 falling back to windows-1252. */
    static String decode(byte[] bytes, Charset charset) {
        Charset cs = charset != null ? charset : bomCharset(bytes);
        if (cs != null) {
            String s = new String(bytes, cs);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }
        // valid UTF-8 decodes without replacement characters; only a page with one (malformed, or a
        // U+FFFD of its own) needs the strict decoder to tell
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) return s;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** Decompressed up to {@link Article#MAX_PAGE_BYTES}, the fetcher's cap: a gzip bomb is not inflated further. */
    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] page = in.readNBytes((int) Article.MAX_PAGE_BYTES + 1);
            if (page.length > Article.MAX_PAGE_BYTES) throw new TooLarge();
            return page;
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("decompressed, the page exceeds the limit of " + Article.MAX_PAGE_BYTES + " bytes");
        }
    }

    private static Parsed<Article> reject(String name, String reason, String text) {
        String raw = text == null ? "" : Whitespace.normalize(text);
        if (raw.length() > RAW_LIMIT) raw = raw.substring(0, RAW_LIMIT);
        return Parsed.rejected(new Reject(name, 0, reason, raw));
    }
}
