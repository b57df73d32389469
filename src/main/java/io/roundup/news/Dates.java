package io.roundup.news;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.roundup.news.text.TagQuery;
import io.roundup.news.text.TextBlocks;
import io.roundup.news.text.TreeWalk;
import io.roundup.news.text.Whitespace;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Publication dates of news documents. Sources in order of trust: meta tags, JSON-LD
 * {@code datePublished}, a {@code <time datetime>} in the article or its header, a visible dateline.
 * A date announced as "Updated ..." / "Modified ..." is never taken for the publication date.
 */
final class Dates {

    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    /** Meta keys (property, name or itemprop, lower-cased) that carry the publication date. */
    private static final List<String> META_KEYS = List.of(
            "article:published_time", "og:published_time", "og:article:published_time",
            "article.published", "published_time", "datepublished", "parsely-pub-date",
            "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "pubdate", "publishdate", "publish-date", "publish_date", "date", "og:pubdate",
            "originalpublicationdate", "cxenseparse:recs:publishtime", "article:published");

    private static final Pattern JSON_LD_PUBLISHED =
            Pattern.compile("\"datePublished\"\\s*:\\s*\\[?\\s*\"([^\"]{6,40})\"");

    private static final Pattern ISO_PREFIX = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");

    private static final String EN_MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DE_MONTH = "(januar|jänner|jaenner|februar|märz|maerz|april|mai|juni|juli|august"
            + "|september|oktober|november|dezember|jan|feb|mär|mrz|apr|jun|jul|aug|sep|sept|okt|nov|dez)";

    /** One dateline shape: its pattern and the group numbers of year, month (or month name), day. */
    private record Shape(Pattern pattern, int year, int month, int day, boolean monthName, boolean usOrder) {
    }

    private static final List<Shape> SHAPES = List.of(
            // 2026-01-09, 2026/01/09, 2026.01.09
            new Shape(Pattern.compile("(?<![\\d/.-])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])"), 1, 2, 3, false, false),
            // 2026年1月9日
            new Shape(Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"), 1, 2, 3, false, false),
            // January 9, 2026 / Jan. 9 2026 / Jan 9th, 2026
            new Shape(Pattern.compile("(?i)(?<![\\p{L}])" + EN_MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(\\d{4})(?![\\d])"), 3, 1, 2, true, false),
            // 9 January 2026 / 9th Jan. 2026 / 9 Jan, 2026
            new Shape(Pattern.compile("(?i)(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH + "\\.?,?\\s+(\\d{4})(?![\\d])"), 3, 2, 1, true, false),
            // 9. Januar 2026
            new Shape(Pattern.compile("(?i)(?<![\\d])(\\d{1,2})\\.\\s*" + DE_MONTH + "\\.?\\s+(\\d{4})(?![\\d])"), 3, 2, 1, true, false),
            // 01/09 2026, 01/09/2026 (month first, as in the US; day first when the first number exceeds 12)
            new Shape(Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?:/|,?\\s+)(\\d{4})(?![\\d/])"), 3, 1, 2, false, true),
            // 09.01.2026 (day first, as in German)
            new Shape(Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])"), 3, 2, 1, false, false));

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("jaenner", 1),
            Map.entry("feb", 2), Map.entry("february", 2), Map.entry("februar", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("märz", 3), Map.entry("maerz", 3), Map.entry("mär", 3), Map.entry("mrz", 3),
            Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juni", 6),
            Map.entry("jul", 7), Map.entry("july", 7), Map.entry("juli", 7),
            Map.entry("aug", 8), Map.entry("august", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oktober", 10),
            Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12), Map.entry("dez", 12), Map.entry("dezember", 12));

    /** Words that, shortly before a date, mark it as a revision date rather than the publication date. */
    private static final Pattern UPDATED = Pattern.compile(
            "(?i)(updated|update:|modified|revised|edited|last\\s+changed|aktualisiert|geändert|更新|修改)[^\\d]{0,25}$");

    private Dates() {
    }

    /** The publication date of an HTML page, or null. */
    static LocalDate fromHtml(Document doc) {
        return fromHtml(doc, PageIndex.of(doc));
    }

    static LocalDate fromHtml(Document doc, PageIndex index) {
        LocalDate d = fromMeta(index);
        if (d == null) d = fromJsonLd(index);
        if (d == null) d = fromTimeElements(index);
        if (d == null) d = fromVisibleText(doc);
        return d;
    }

    static LocalDate fromMeta(PageIndex index) {
        // itemprop=datePublished on any element (meta content, time datetime, or text)
        for (Element e : index.itempropPublished) {
            LocalDate d = parse(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
            if (d != null) return d;
        }
        // keys in order of trust, each over all meta tags: the tags and their keys are read once
        List<Element> metas = index.metas;
        String[] keys = new String[metas.size()];
        for (int i = 0; i < keys.length; i++) {
            Element m = metas.get(i);
            String k = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv"));
            keys[i] = k == null ? null : k.trim();
        }
        for (String key : META_KEYS) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != null && keys[i].equalsIgnoreCase(key)) {
                    LocalDate d = parse(metas.get(i).attr("content"));
                    if (d != null) return d;
                }
            }
        }
        return null;
    }

    static LocalDate fromJsonLd(PageIndex index) {
        for (Element s : index.jsonLd) {
            Matcher m = JSON_LD_PUBLISHED.matcher(s.data());
            while (m.find()) {
                LocalDate d = parse(m.group(1));
                if (d != null) return d;
            }
        }
        return null;
    }

    static LocalDate fromTimeElements(PageIndex index) {
        LocalDate fallback = null;
        for (Element t : index.times) {
            if (isRevision(t)) continue;
            String value = firstNonBlank(t.attr("datetime"), t.attr("content"), t.hasAttr("pubdate") ? t.text() : null);
            LocalDate d = parse(value);
            if (d == null) continue;
            boolean inArticle = false;
            boolean inFurniture = false;
            for (Element a = t.parent(); a != null; a = a.parent()) {
                String tag = a.normalName();
                if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("li")) inFurniture = true;
                if (tag.equals("article") || tag.equals("header") || tag.equals("main")
                        || a.attr("role").equalsIgnoreCase("main") || a.attr("itemprop").equalsIgnoreCase("articleBody")) {
                    inArticle = !inFurniture;
                    break;
                }
            }
            boolean marked = t.hasAttr("pubdate") || signature(t).matches(".*(publish|pubdate|posted|created).*");
            if (inArticle || marked) return d;
            if (fallback == null && !inFurniture) fallback = d;
        }
        return fallback;
    }

    private static boolean isRevision(Element t) {
        if (signature(t).matches(".*(updat|modif|revis|edited).*")) return true;
        Element p = t.parent();
        if (p != null && signature(p).matches(".*(updat|modif|revis).*")) return true;
        // text just before the element, e.g. "Updated <time ...>"
        String before = precedingText(t, 40);
        return UPDATED.matcher(before).find();
    }

    private static String precedingText(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        Element prev = e.previousElementSibling();
        String own = e.parent() == null ? "" : e.parent().ownText();
        if (prev != null) sb.append(prev.text()).append(' ');
        sb.append(own);
        String s = sb.toString().trim();
        return s.length() > max ? s.substring(s.length() - max) : s;
    }

    private static String signature(Element e) {
        return (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
    }

    /** A dateline in the text near the headline (or the top of the page when there is no h1). */
    static LocalDate fromVisibleText(Document doc) {
        Element body = doc.body();
        if (body == null) return null;
        // the body without its non-text parts (NOT_TEXT), read in place rather than on a copy with
        // them removed: the copy would clone the whole page to read a few lines of it
        Predicate<Element> notText = e -> isNotText(body, e);
        List<String> lines = TextBlocks.lines(body, notText);
        int start = 0;
        Element h1 = firstH1(body, notText);
        if (h1 != null) {
            String head = Whitespace.normalize(textWithout(h1, notText));
            for (int i = 0; i < lines.size(); i++) {
                if (!head.isEmpty() && lines.get(i).equals(head)) {
                    start = Math.max(0, i - 3);
                    break;
                }
            }
        }
        LocalDate d = findInLines(lines, start, Math.min(lines.size(), start + 40));
        if (d == null && start > 0) d = findInLines(lines, 0, Math.min(lines.size(), 40));
        return d;
    }

    private static final TagQuery NOT_TEXT = TagQuery.of("script", "style", "noscript", "template", "nav", "footer", "aside");
    private static final Evaluator H1 = QueryParser.parse("h1");

    private static boolean isNotText(Element root, Element e) {
        return NOT_TEXT.matches(root, e);
    }

    /** The first h1 of body (itself included) outside the skipped elements: selectFirst("h1") once they are removed. */
    private static Element firstH1(Element body, Predicate<Element> skip) {
        Element[] found = new Element[1];
        TreeWalk.walk(body, (node, depth) -> {
            if (found[0] != null || !(node instanceof Element e)) return false;
            if (e != body && skip.test(e)) return false;
            if (H1.matches(body, e)) found[0] = e;
            return found[0] == null;
        });
        return found[0];
    }

    /** e.text() once the skipped elements inside it are removed (a copy is made only when there are some). */
    private static String textWithout(Element e, Predicate<Element> skip) {
        boolean[] any = new boolean[1];
        TreeWalk.walk(e, (node, depth) -> {
            if (node instanceof Element d && d != e && skip.test(d)) any[0] = true;
            return !any[0];
        });
        if (!any[0]) return e.text();
        Element copy = e.clone();
        copy.select(NOT_TEXT.evaluator()).remove();
        return copy.text();
    }

    private static LocalDate findInLines(List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.length() > 300) continue; // a dateline is short; long lines are running text
            LocalDate d = find(line);
            if (d != null) return d;
        }
        return null;
    }

    /** Parses one attribute value: ISO-8601 (date part as written), yyyyMMdd, or any dateline shape. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) return null;
        Matcher m = ISO_PREFIX.matcher(value);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) return d;
        }
        m = COMPACT.matcher(value);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) return d;
        }
        return findAny(value, false);
    }

    /** The first date in a line of text that is not announced as an update. */
    static LocalDate find(String text) {
        return findAny(text, true);
    }

    private static LocalDate findAny(String text, boolean skipUpdated) {
        if (text == null) return null;
        if (!hasYear(text)) return null; // every shape has a four-digit year; most lines have none

        LocalDate best = null;
        int bestPos = Integer.MAX_VALUE;
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern.matcher(text);
            while (m.find()) {
                if (m.start() >= bestPos) break;
                if (skipUpdated && UPDATED.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) continue;
                LocalDate d = toDate(shape, m);
                if (d != null) {
                    best = d;
                    bestPos = m.start();
                    break;
                }
            }
        }
        return best;
    }

    /** Four ASCII digits in a row (\\d without UNICODE_CHARACTER_CLASS is [0-9]). */
    private static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 4) return true;
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static LocalDate toDate(Shape s, Matcher m) {
        String y = m.group(s.year);
        String mo = m.group(s.month);
        String d = m.group(s.day);
        if (s.monthName) {
            Integer n = MONTHS.get(mo.toLowerCase(Locale.ROOT));
            if (n == null) return null;
            mo = Integer.toString(n);
        }
        if (s.usOrder && Integer.parseInt(mo) > 12 && Integer.parseInt(d) <= 12) {
            String t = mo;
            mo = d;
            d = t;
        }
        return date(y, mo, d);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < MIN_YEAR || year > MAX_YEAR) return null;
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static final Pattern[] DATE_SHAPES_TO_STRIP = {
            Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"),
            Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?\\S*)?"),
            Pattern.compile("\\d{1,2}/\\d{1,2}(?:/|,?\\s+)\\d{4}"),
            Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}"),
            Pattern.compile("(?i)" + EN_MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\.?,?\\s+\\d{4}"),
            Pattern.compile("(?i)\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH + "\\.?,?\\s+\\d{4}"),
            Pattern.compile("(?i)\\d{1,2}\\.\\s*" + DE_MONTH + "\\.?\\s+\\d{4}"),
            Pattern.compile("(?i)\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?![\\p{L}])"),
            Pattern.compile("(?i)\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\b\\.?"),
            Pattern.compile("(?i)\\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\b"),
            Pattern.compile("(?i)\\b(?:published|posted|updated|last updated|modified|created|on|at|am|pm|uhr|um|"
                    + "veröffentlicht|aktualisiert|stand|views?|reads?|ago|today|yesterday)\\b"),
            Pattern.compile("(?:阅读|发布于|发布|更新|时间|日期)"),
            Pattern.compile("\\b[A-Z]{2,4}\\b")};

    /**
     * True when a short line is a date with furniture only (weekday, time, "Published", "Updated",
     * a time zone, a view counter, separators) and no prose: "01/09 2026 504",
     * "Published Monday, November 18, 2019 8:22AM EST".
     */
    static boolean isBareDateline(String line) {
        if (line == null || line.length() > 120 || findAny(line, false) == null) return false;
        String rest = line;
        for (Pattern p : DATE_SHAPES_TO_STRIP) rest = p.matcher(rest).replaceAll(" ");
        return !rest.codePoints().anyMatch(Character::isLetter);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
