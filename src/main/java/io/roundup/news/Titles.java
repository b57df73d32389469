package io.roundup.news;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.roundup.news.text.Whitespace;
import io.roundup.news.text.Words;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Headline of a page: og:title (or twitter:title) unless it is just the site name; else the h1 that
 * repeats the {@code <title>}; else the longer of the first h1 and the {@code <title>}. A site-name
 * suffix (" | Site", " - Site") and a leading one- or two-word label ("Opinion | ") are cut off.
 */
final class Titles {

    /** " | Site", " - Site", " – Site", " — Site", " :: Site", " · Site". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|»)\\s+");
    private static final Pattern LEADING_LABEL = Pattern.compile("^([^|]{1,40}?)\\s+\\|\\s+");
    private static final Pattern SITE_WORD = Pattern.compile("^(?:[\\p{Lu}\\d&@.'’][\\p{L}\\d&@.'’!-]*|of|the|and|de|la|le|der|die|das|online|news|com|[\\p{L}\\d]+\\.[a-z]{2,})$");

    private Titles() {
    }

    static String of(Document doc) {
        return of(doc, PageIndex.of(doc));
    }

    static String of(Document doc, PageIndex index) {
        List<Element> metas = index.metas;
        String site = meta(metas, "og:site_name");
        String og = meta(metas, "og:title");
        if (og.isBlank()) og = meta(metas, "twitter:title");
        if (!og.isBlank() && !og.equalsIgnoreCase(site)) return clean(og, site);
        String docTitle = clean(doc.title(), site);
        String firstH1 = "";
        for (Element h1 : index.h1s) {
            String text = Whitespace.normalize(h1.text());
            if (text.isEmpty()) continue;
            if (firstH1.isEmpty()) firstH1 = text;
            // the h1 that repeats the <title> is the headline; a logo or section h1 is not
            if (docTitle.isEmpty() || similar(text, docTitle)) return text;
        }
        if (docTitle.isEmpty()) return firstH1;
        if (firstH1.isEmpty()) return docTitle;
        // neither repeats the other: a short h1 is a logo or section name, a short <title> a site name
        int h1Words = firstH1.split("\\s+").length;
        return h1Words >= 4 || h1Words >= docTitle.split("\\s+").length ? firstH1 : docTitle;
    }

    private static boolean similar(String a, String b) {
        Set<String> wa = Words.of(a);
        Set<String> wb = Words.of(b);
        if (wa.isEmpty() || wb.isEmpty()) return false;
        int common = 0;
        for (String w : wa) if (wb.contains(w)) common++;
        return common >= 0.6 * Math.min(wa.size(), wb.size()) && common >= Math.min(2, Math.min(wa.size(), wb.size()));
    }

    private static String meta(List<Element> metas, String key) {
        for (Element m : metas) {
            if (m.attr("property").equalsIgnoreCase(key) || m.attr("name").equalsIgnoreCase(key)) {
                return Whitespace.normalize(m.attr("content"));
            }
        }
        return "";
    }

    /** Cuts trailing " | Site" parts: the known site name, or a short run of capitalised words. */
    static String clean(String title, String siteName) {
        String t = Whitespace.normalize(title == null ? "" : title);
        String site = siteName == null ? "" : Whitespace.normalize(siteName).toLowerCase(Locale.ROOT);
        for (int round = 0; round < 2; round++) {
            var m = SEPARATOR.matcher(t);
            int lastStart = -1;
            int lastEnd = -1;
            while (m.find()) {
                lastStart = m.start();
                lastEnd = m.end();
            }
            if (lastStart <= 0) break;
            String head = t.substring(0, lastStart).trim();
            String tail = t.substring(lastEnd).trim();
            boolean isSite = !site.isEmpty() && tail.toLowerCase(Locale.ROOT).equals(site);
            if (!isSite && !looksLikeSiteName(tail)) break;
            if (head.split("\\s+").length < 2 && !isSite) break;
            t = head;
        }
        // "Site | Title" with the known site name in front, or a one- or two-word section label: "Opinion | Title"
        var m = LEADING_LABEL.matcher(t);
        if (m.find()) {
            String head = m.group(1).trim();
            String rest = t.substring(m.end()).trim();
            boolean isSite = !site.isEmpty() && head.toLowerCase(Locale.ROOT).equals(site);
            if (isSite || head.split("\\s+").length <= 2 && rest.split("\\s+").length >= 4) t = rest;
        }
        return t;
    }

    private static boolean looksLikeSiteName(String s) {
        String[] words = s.split("\\s+");
        if (s.isEmpty() || words.length > 4 || s.length() > 40) return false;
        for (String w : words) {
            if (!SITE_WORD.matcher(w).matches()) return false;
        }
        return true;
    }
}
