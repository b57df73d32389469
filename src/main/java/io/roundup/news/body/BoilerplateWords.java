package io.roundup.news.body;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * What the words of an element's class and id say about it: {@link #BOILERPLATE} (related, share,
 * newsletter, ad, byline, caption...), {@link #PICTURE_BOX} (image, photo, gallery...) or
 * {@link #NEVER_ARTICLE} (comment, related, footer...). Remembered per distinct class and id: a page
 * repeats its class names on many elements.
 */
final class BoilerplateWords {

    static final int BOILERPLATE = 1;
    static final int PICTURE_BOX = 2;
    static final int NEVER_ARTICLE = 4;

    /** Whole tokens of class/id names that mark boilerplate. */
    private static final Set<String> BOILERPLATE_TOKENS = Set.of(
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "banner",
            "breadcrumb", "breadcrumbs", "byline", "bylines", "caption", "captions", "comment", "comments", "cookie",
            "cookies", "consent", "credit", "credits", "disqus", "footer", "gdpr", "masthead", "menu", "modal", "nav",
            "navbar", "navigation", "newsletter", "newsletters", "outbrain", "pagination", "pager", "popup", "promo",
            "promos", "promotion", "promoted", "recirc", "recirculation", "recommended", "recommendations",
            "related", "share", "shares", "sharing", "sharebar", "social", "sponsor", "sponsored", "subscribe",
            "subscription", "sidebar", "signup", "taboola", "toolbar", "tools", "trending", "widget", "widgets",
            "tags", "topics", "rail", "author", "authors", "bio", "timestamp", "dateline", "header", "overlay",
            "paywall", "sr", "skip", "meta", "popular", "follow", "comercial", "teaser", "teasers", "breaking",
            "ticker", "shopping", "affiliate", "disclaimer", "copyright", "jump", "toc", "print", "email", "login",
            "register", "mostread", "mostpopular", "more", "also", "next", "prev", "previous", "kicker", "eyebrow",
            "label", "rubric");
    /** Substrings that mark boilerplate even inside a longer token ("relatedstories", "socialshare"). */
    private static final String[] BOILERPLATE_SUBSTRINGS = {
            "related", "sidebar", "newsletter", "cookie", "outbrain", "taboola", "advert", "breadcrumb", "sponsor",
            "recommend", "trending", "sharebar", "sharing", "socialmedia", "subscribe", "comment-", "-comment",
            "comments", "mostread", "most-read", "most-popular", "read-more", "readmore", "see-also",
            "further-reading", "promo", "signup", "sign-up", "byline", "caption", "newsfeed", "share-", "-share",
            "social"};
    /** Class/id words of picture containers; their short text is a caption or credit. */
    private static final Set<String> PICTURE_BOX_TOKENS = Set.of("image", "img", "photo", "picture", "media",
            "gallery", "slideshow", "thumbnail", "thumb", "figure", "wp-caption", "video", "player", "lead-art", "hero");
    /** Comment threads, related-story boxes, footers: never the article, whatever their text. */
    private static final Set<String> NEVER_ARTICLE_TOKENS = Set.of("comment", "comments", "disqus", "reply",
            "replies", "related", "recommended", "recommendations", "footer", "outbrain", "taboola", "newsletter",
            "cookie", "consent", "respond");

    /** The three token sets in one map: one look-up per token. */
    private static final Map<String, Integer> TOKEN_FLAGS = new HashMap<>();

    static {
        for (String t : BOILERPLATE_TOKENS) TOKEN_FLAGS.merge(t, BOILERPLATE, (a, b) -> a | b);
        for (String t : PICTURE_BOX_TOKENS) TOKEN_FLAGS.merge(t, PICTURE_BOX, (a, b) -> a | b);
        for (String t : NEVER_ARTICLE_TOKENS) TOKEN_FLAGS.merge(t, NEVER_ARTICLE, (a, b) -> a | b);
    }

    private final Map<String, Integer> byClass = new HashMap<>();
    private final Map<String, Integer> byIdAndClass = new HashMap<>();

    /** The flags of e's class and id words, 0 when none. */
    int flags(Element e) {
        String id = e.id();
        String cls = e.className();
        if (id.isEmpty() && cls.isEmpty()) return 0;
        Map<String, Integer> cache = id.isEmpty() ? byClass : byIdAndClass;
        String key = id.isEmpty() ? cls : id + " " + cls;
        Integer f = cache.get(key);
        if (f == null) {
            f = compute(signature(id, cls));
            cache.put(key, f);
        }
        return f;
    }

    /** The tokens are the runs of [a-z0-9], as split("[^a-z0-9]+") cuts them. */
    private static int compute(String sig) {
        if (sig.isEmpty()) return 0;
        int f = TextMeasures.containsAny(sig, BOILERPLATE_SUBSTRINGS) ? BOILERPLATE : 0;
        int n = sig.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? sig.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (start < 0) start = i;
            } else if (start >= 0) {
                f |= TOKEN_FLAGS.getOrDefault(sig.substring(start, i), 0);
                start = -1;
            }
        }
        return f;
    }

    /**
     * id and classes, camelCase split, lower-cased: "relatedArticles" gives "related-articles"; blank
     * when id and class are blank.
     */
    static String signature(Element e) {
        return signature(e.id(), e.className());
    }

    // the split is written out: replaceAll would compile a regex for every element
    private static String signature(String id, String cls) {
        if (id.isEmpty() && cls.isEmpty()) return "";
        String raw = id + " " + cls;
        if (raw.isBlank()) return "";
        StringBuilder sb = null;
        for (int i = 1; i < raw.length(); i++) {
            char a = raw.charAt(i - 1);
            char b = raw.charAt(i);
            if (a >= 'a' && a <= 'z' && b >= 'A' && b <= 'Z') {
                if (sb == null) sb = new StringBuilder(raw.length() + 8).append(raw, 0, i);
                sb.append('-');
            }
            if (sb != null) sb.append(b);
        }
        return (sb == null ? raw : sb.toString()).toLowerCase(Locale.ROOT);
    }
}
