package io.roundup.news;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.roundup.news.text.Cjk;
import io.roundup.news.text.TagQuery;
import io.roundup.news.text.TextBlock;
import io.roundup.news.text.TextBlocks;
import io.roundup.news.text.TreeWalk;
import io.roundup.news.text.Whitespace;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Main-text extraction, site independent, in the spirit of Readability:
 * <ol>
 * <li>drop non-content elements (scripts, forms controls, media, figure captions, h1 headline, hidden
 *     elements) and wrap loose inline text of containers into paragraphs, splitting at double
 *     {@code <br>};</li>
 * <li>prune boilerplate: structural elements (nav, aside, header, footer, form, figure), boilerplate
 *     roles, and elements whose class/id names a boilerplate function (related, share, comment,
 *     newsletter, cookie, promo, ad, byline, caption, ...) or a picture box with a short caption.
 *     Never pruned: the best-scoring container found before pruning (outside comment/related/footer
 *     areas) with its ancestors and its main descendants, and any element holding half of the page's
 *     paragraph text, so a wrapper called "main has-sidebar" or "elementor-widget" survives;</li>
 * <li>score: every paragraph of 25+ characters (CJK counting three) gives points (1 + commas +
 *     length/100, at most 3 for length) to its parent, half to its grandparent, less further up;
 *     containers get a bonus or malus for their tag and class; scores are scaled by (1 - link density);</li>
 * <li>pick the best container, move up when several near-best candidates share an ancestor or the
 *     parent scores higher, and add siblings that score well or are clean paragraphs;</li>
 * <li>clean the picked content conditionally (link-heavy boxes and lists, forms, galleries; never a
 *     part holding half of its text), collect its block text in document order and drop link-only
 *     lines, page furniture ("Advertisement", "Share", calls to subscribe, copyright lines, bare
 *     datelines), exact duplicates and a leading restatement of the headline;</li>
 * <li>judge: an article needs running text (see {@link #judge}).</li>
 * </ol>
 */
final class BodyExtractor {

    /** What came out: paragraphs, and a reason when the page is not an article (null when it is). */
    record Result(List<String> paragraphs, String notArticleWhy) {
        boolean isArticle() {
            return notArticleWhy == null;
        }

        String body() {
            return String.join("\n\n", paragraphs);
        }
    }

    static final int MIN_PARAGRAPH = 25;
    static final int MIN_BODY_CHARS = 250;
    static final int REAL_PARAGRAPH = 80;

    /** The tag parts of {@link #REMOVE_ALWAYS}. */
    private static final TagQuery REMOVE_TAGS = TagQuery.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "video", "audio", "map", "button", "select", "input", "textarea", "option",
            "dialog", "figcaption", "link", "meta", "source", "track", "h1");
    /** The attribute parts of {@link #REMOVE_ALWAYS}. */
    private static final String REMOVE_BY_ATTRIBUTE =
            "[hidden], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    static final String REMOVE_ALWAYS = REMOVE_TAGS.css() + ", " + REMOVE_BY_ATTRIBUTE;

    private static final Evaluator REMOVE_ALWAYS_EVAL = QueryParser.parse(REMOVE_ALWAYS);
    private static final Evaluator REMOVE_BY_ATTRIBUTE_EVAL = QueryParser.parse(REMOVE_BY_ATTRIBUTE);
    /** Parsed once: select(String) parses the query (and compiles its regexes) on every call. */
    private static final Evaluator MEDIA_EVAL = QueryParser.parse("img, picture, video");
    private static final Evaluator CLEAN_CANDIDATES_EVAL = QueryParser.parse("form, fieldset, table, ul, ol, div, section");
    private static final Evaluator LISTS_EVAL = QueryParser.parse("ul, ol");
    private static final Evaluator P_EVAL = QueryParser.parse("p");
    private static final Evaluator IMG_EVAL = QueryParser.parse("img");
    private static final Evaluator LI_EVAL = QueryParser.parse("li");
    private static final Evaluator INPUTS_EVAL = QueryParser.parse("input, select, textarea, button");
    private static final Evaluator HEADINGS_EVAL = QueryParser.parse("h2, h3, h4, h5, h6");
    private static final Evaluator LINKS_EVAL = QueryParser.parse("a");

    private static final Set<String> STRUCTURAL = Set.of("nav", "aside", "footer", "header", "form", "menu", "figure");
    private static final Set<String> BOILER_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "search", "dialog", "alert", "menu", "menubar", "toolbar", "alertdialog");

    /** Whole tokens of class/id names that mark boilerplate. */
    private static final Set<String> NEG_TOKENS = Set.of(
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
    private static final String[] NEG_SUBSTRING = {
            "related", "sidebar", "newsletter", "cookie", "outbrain", "taboola", "advert", "breadcrumb", "sponsor",
            "recommend", "trending", "sharebar", "sharing", "socialmedia", "subscribe", "comment-", "-comment",
            "comments", "mostread", "most-read", "most-popular", "read-more", "readmore", "see-also",
            "further-reading", "promo", "signup", "sign-up", "byline", "caption", "newsfeed", "share-", "-share",
            "social"};
    /** Class/id words that mark the article proper; they protect nothing, they only raise the score. */
    private static final String[] POSITIVE = {
            "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
            "story", "paragraph", "prose"};
    /** Class/id substrings that lower the score; "hid" counts only as a whole space-separated word, see {@link #negative}. */
    private static final String[] NEGATIVE = {
            "-ad-", "hidden", " hid ", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote",
            "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
            "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "caption", "credit", "byline",
            "author", "newsletter", "social", "recommend"};

    /** Short lines that are page furniture wherever they appear. */
    static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(advertisement|advertisment|advert|ad|ads|anzeige|sponsored|sponsored content|werbung|广告|"
                    + "this slideshow requires javascript|tell us what you think.*|leave a (comment|reply)|"
                    + "(photo|image|picture|video)( credit)?s?:.{0,80}|"
                    + "continue reading( below)?|story continues( below)?( advertisement)?|read more|read full story|"
                    + "skip to (main )?content|share( this( article| story)?)?|share on \\w+|tweet|email|print|"
                    + "comments?|related( articles| stories| content)?|more on this story|loading\\.*|"
                    + "subscribe|sign up|log ?in|click here.*|scroll to continue.*|©.*|\\(c\\) ?\\d{4}.*|copyright.*)[.:!]?$");

    /** A short call to subscribe: "Sign up for our daily newsletter", "Get the latest in your inbox". */
    static final Pattern CALL_TO_SUBSCRIBE = Pattern.compile(
            "(?i)(sign up|subscribe|register|get the latest)[^.!?]{0,80}(newsletter|inbox|e-?mail|daily|weekly)|"
                    + "newsletter[^.!?]{0,60}(sign up|subscribe)");
    /** Class/id words of picture containers; their short text is a caption or credit. */
    private static final Set<String> MEDIA_TOKENS = Set.of("image", "img", "photo", "picture", "media", "gallery",
            "slideshow", "thumbnail", "thumb", "figure", "wp-caption", "video", "player", "lead-art", "hero");

    private static final TagQuery PARAGRAPHS = TagQuery.of("p", "pre");
    private static final Set<String> WRAP_CONTAINERS = Set.of("div", "section", "article", "main", "td", "center",
            "body", "blockquote", "dd", "span");

    private BodyExtractor() {
    }

    /**
     * The article body of {@code doc}, taking the document apart (for a caller that is done with it).
     * {@code index} was taken of this document as it is now: it brings the always-removed elements
     * and the wrap containers, found in its one walk.
     */
    static Result extractInPlace(Document doc, String title, PageIndex index) {
        Element body = doc.body();
        if (body == null) return new Result(List.of(), "no <body>");
        for (Element e : index.removeAlways) e.remove();
        wrapLooseText(index.wrapContainers);
        TextStats stats = new TextStats(body); // also lists the elements, for prune's walks (no change in between)
        Paragraphs paragraphs = new Paragraphs(stats);
        prune(body, stats, paragraphs);
        Map<Element, Double> scores = score(body, stats, paragraphs);
        Element top = pickTop(body, scores, stats);
        List<Element> parts = withSiblings(top, scores, stats);
        List<TextBlock> blocks = new ArrayList<>();
        for (Element part : parts) {
            cleanConditionally(part, scores);
            TextBlocks.collectInto(part, blocks);
        }
        return judge(filter(blocks, title));
    }

    // ---------------------------------------------------------------- 1. prune

    /**
     * REMOVE_ALWAYS_EVAL.matches(body, e): the selector is an OR of tag and attribute parts. A tag part
     * matches by normal name, or by the tag name as written for non-HTML elements; an element with
     * neither in the list can only match by the attribute parts, which need an attribute named
     * hidden or style (jsoup compares names ignoring ASCII case; hasAttr ignores case).
     */
    static boolean removable(Element body, Element e) {
        if (REMOVE_TAGS.named(e)) return REMOVE_ALWAYS_EVAL.matches(body, e);
        return (e.hasAttr("hidden") || e.hasAttr("style")) && REMOVE_BY_ATTRIBUTE_EVAL.matches(body, e);
    }

    /**
     * Length and commas of the paragraphs (p, pre), from their text nodes: the length is the one
     * {@link TextStats} counts (each text node normalised and trimmed), so no paragraph's text is built.
     */
    static final class Paragraphs {
        private final IdentityHashMap<Element, Integer> commas = new IdentityHashMap<>();
        private final TextStats stats;

        Paragraphs(TextStats stats) {
            this.stats = stats;
        }

        int commas(Element p) {
            Integer n = commas.get(p);
            if (n == null) {
                int[] c = {0};
                TreeWalk.walk(p, (node, depth) -> {
                    if (node instanceof TextNode t) c[0] += BodyExtractor.commas(t.getWholeText());
                    return true;
                });
                n = c[0];
                commas.put(p, n);
            }
            return n;
        }

        int length(Element p) {
            return stats.text(p);
        }

        /** Removes e from the tree, forgetting the commas of the paragraph around it. */
        void remove(Element e) {
            for (Element a = e.parent(); a != null; a = a.parent()) commas.remove(a);
            e.remove();
        }
    }

    /** Prunes the body; {@code stats}, taken of it as it is now, become those of the pruned body (as new TextStats(body) would count them). */
    private static void prune(Element body, TextStats stats, Paragraphs paragraphs) {
        IdentityHashMap<Element, Integer> pChars = paragraphChars(body, stats.all, paragraphs);
        int total = pChars.getOrDefault(body, 0);
        // the best container before pruning, and its ancestors, are never pruned as boilerplate
        Set<Element> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, Double> prelim = score(body, stats, paragraphs);
        Element best = null;
        IdentityHashMap<Element, Boolean> strong = new IdentityHashMap<>();
        Signatures signatures = new Signatures();
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : prelim.entrySet()) {
            // only a candidate that would beat the best so far needs the (costlier) area check
            if (best != null && !(e.getValue() > bestScore)) continue;
            if (insideStrongBoilerplate(e.getKey(), body, strong, signatures)) continue;
            best = e.getKey();
            bestScore = e.getValue();
        }
        for (Element a = best; a != null; a = a.parent()) keep.add(a);
        int bestHeld = best == null ? 0 : pChars.getOrDefault(best, 0);
        List<Element> doomed = new ArrayList<>();
        List<int[]> doomedRanges = new ArrayList<>();
        List<Element> all = stats.all;
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            if (e == body || keep.contains(e)) continue;
            if (!isBoilerplate(e, signatures)) continue;
            int held = pChars.getOrDefault(e, 0);
            if (total > 0 && held >= 0.5 * total) continue; // holds most of the text: the article itself
            if (bestHeld > 0 && held >= 0.5 * bestHeld && keep.contains(e.parent())) continue; // most of the best container
            doomed.add(e);
            doomedRanges.add(new int[] {i, stats.end[i]});
            // what lies inside goes with it: dooming it as well would change nothing
            i = stats.end[i] - 1;
        }
        for (Element e : doomed) stats.subtract(e, body);
        for (Element e : doomed) paragraphs.remove(e);
        stats.drop(doomedRanges);
    }

    /** Comment threads, related-story boxes, footers: never the article, whatever their text. */
    private static final Set<String> STRONG_NEG = Set.of("comment", "comments", "disqus", "reply", "replies",
            "related", "recommended", "recommendations", "footer", "outbrain", "taboola", "newsletter", "cookie",
            "consent", "respond");

    /** As above, remembering the answer per element: candidates share most of their ancestors. */
    private static boolean insideStrongBoilerplate(Element e, Element root, IdentityHashMap<Element, Boolean> memo,
            Signatures signatures) {
        List<Element> path = new ArrayList<>(); // e and the ancestors looked at, all with the same answer
        boolean inside = false;
        for (Element a = e; a != null && a != root; a = a.parent()) {
            Boolean known = memo.get(a);
            if (known != null) {
                inside = known;
                break;
            }
            path.add(a);
            if (strongBoilerplate(a, signatures)) {
                inside = true;
                break;
            }
        }
        for (Element a : path) memo.put(a, inside);
        return inside;
    }

    private static boolean strongBoilerplate(Element a, Signatures signatures) {
        String tag = a.normalName();
        if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav")) return true;
        return (signatures.flags(a) & Signatures.STRONG) != 0;
    }

    /**
     * What the class/id signature says, per distinct id and class (a page repeats its class names):
     * {@link #NEGATIVE_SIG} a boilerplate word or substring, {@link #MEDIA} a picture-box word,
     * {@link #STRONG} a comment/related/footer word.
     */
    static final class Signatures {
        static final int NEGATIVE_SIG = 1;
        static final int MEDIA = 2;
        static final int STRONG = 4;
        private final java.util.HashMap<String, Integer> byClass = new java.util.HashMap<>();
        private final java.util.HashMap<String, Integer> byIdAndClass = new java.util.HashMap<>();

        /** NEG_TOKENS, MEDIA_TOKENS and STRONG_NEG in one map: one look-up per token. */
        private static final Map<String, Integer> TOKEN_FLAGS = new java.util.HashMap<>();

        static {
            for (String t : NEG_TOKENS) TOKEN_FLAGS.merge(t, NEGATIVE_SIG, (a, b) -> a | b);
            for (String t : MEDIA_TOKENS) TOKEN_FLAGS.merge(t, MEDIA, (a, b) -> a | b);
            for (String t : STRONG_NEG) TOKEN_FLAGS.merge(t, STRONG, (a, b) -> a | b);
        }

        int flags(Element e) {
            String id = e.id();
            String cls = e.className();
            if (id.isEmpty() && cls.isEmpty()) return 0;
            java.util.HashMap<String, Integer> cache = id.isEmpty() ? byClass : byIdAndClass;
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
            int f = containsAny(sig, NEG_SUBSTRING) ? NEGATIVE_SIG : 0;
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
    }

    private static boolean isBoilerplate(Element e, Signatures signatures) {
        String tag = e.normalName();
        if (STRUCTURAL.contains(tag)) return true;
        String role = e.attr("role").toLowerCase(Locale.ROOT).trim();
        if (BOILER_ROLES.contains(role)) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && e.text().length() < 200) return true;
        int flags = signatures.flags(e);
        if ((flags & Signatures.NEGATIVE_SIG) != 0) return true;
        // a picture box: image plus a short caption/credit
        return (flags & Signatures.MEDIA) != 0 && !e.select(MEDIA_EVAL).isEmpty() && effectiveLength(e.text()) < 400;
    }

    private static boolean containsAny(String s, String[] needles) {
        for (String x : needles) if (s.contains(x)) return true;
        return false;
    }

    /**
     * id, classes and itemprop, camelCase split, lower-cased: "relatedArticles" gives "related-articles";
     * blank when id and class are blank. (The split is written out: replaceAll compiled a regex per element.)
     */
    static String signature(Element e) {
        return signature(e.id(), e.className());
    }

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

    private static boolean hasAncestor(Element e, Element root, String... tags) {
        for (Element a = e.parent(); a != null && a != root; a = a.parent()) {
            for (String t : tags) if (a.normalName().equals(t)) return true;
        }
        return false;
    }

    /** all: root and its descendants in document order, as getAllElements() lists them. */
    private static IdentityHashMap<Element, Integer> paragraphChars(Element root, List<Element> all, Paragraphs paragraphs) {
        IdentityHashMap<Element, Integer> m = new IdentityHashMap<>();
        for (Element p : all) {
            if (!PARAGRAPHS.matches(root, p)) continue; // root.select("p, pre")
            int n = paragraphs.length(p);
            if (n < MIN_PARAGRAPH) continue;
            if (hasAncestor(p, root, "li", "nav", "menu")) continue;
            n = (int) Math.round(n * (1 - linkDensity(p, n)));
            for (Element a = p; a != null; a = a.parent()) {
                m.merge(a, n, Integer::sum);
                if (a == root) break;
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- 2. wrap loose text

    static boolean isWrapContainer(Element e) {
        return WRAP_CONTAINERS.contains(e.normalName());
    }

    /**
     * Wraps runs of inline content that carry text into {@code <p>}, so "div as paragraph" text
     * scores. containers: the wrap containers of the body as it is now, in document order.
     */
    private static void wrapLooseText(List<Element> containers) {
        for (Element c : containers) {
            if (c.normalName().equals("span") && !hasBlockChild(c)) continue;
            List<Node> run = new ArrayList<>();
            for (Node n : new ArrayList<>(c.childNodes())) {
                if (n instanceof Element el && (TextBlocks.isBlock(el) && !el.normalName().equals("br") || hasBlockChild(el))) {
                    wrap(run);
                    run = new ArrayList<>();
                } else if (n instanceof TextNode || n instanceof Element) {
                    run.add(n);
                }
            }
            wrap(run);
        }
    }

    private static boolean hasBlockChild(Element e) {
        // over the child nodes by index: children() builds a list per call
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (!(e.childNode(i) instanceof Element c)) continue;
            if (TextBlocks.isBlock(c) && !c.normalName().equals("br")) return true;
            if (hasBlockChild(c)) return true;
        }
        return false;
    }

    /** Wraps a run of inline nodes into paragraphs, starting a new one at every double {@code <br>}. */
    private static void wrap(List<Node> run) {
        List<Node> cur = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            Node n = run.get(i);
            if (isBr(n)) {
                int j = i + 1;
                int brs = 1;
                while (j < run.size() && (isBr(run.get(j)) || run.get(j) instanceof TextNode t && t.isBlank())) {
                    if (isBr(run.get(j))) brs++;
                    j++;
                }
                if (brs >= 2) {
                    wrapOne(cur);
                    cur = new ArrayList<>();
                    for (int k = i; k < j; k++) run.get(k).remove();
                    i = j;
                    continue;
                }
            }
            cur.add(n);
            i++;
        }
        wrapOne(cur);
    }

    private static boolean isBr(Node n) {
        return n instanceof Element e && e.normalName().equals("br");
    }

    private static void wrapOne(List<Node> run) {
        if (run.isEmpty()) return;
        boolean hasText = false;
        for (Node n : run) {
            if (n instanceof TextNode t ? !t.isBlank() : n instanceof Element e && !e.text().isBlank()) {
                hasText = true;
                break;
            }
        }
        if (!hasText) return;
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run) p.appendChild(n);
    }

    // ---------------------------------------------------------------- 3. score

    /** Text and link character counts of every element, from one pass over the text nodes. */
    static final class TextStats {
        // sized for a news page (the benchmark's pages have about 740 elements): growing from the
        // default size rehashed the map six times per page
        private final IdentityHashMap<Element, int[]> counts = new IdentityHashMap<>(1024);
        /** root and its descendants in document order, as getAllElements() lists them */
        final List<Element> all = new ArrayList<>(1024);
        /** end[i]: the index in {@link #all} just past the subtree of all.get(i) */
        int[] end = new int[256];

        /**
         * One pass, bottom-up: a text node's length (of its normalised, trimmed text) goes to its
         * parent, an element's totals to its parent when it is left; text under an {@code <a>} is link text.
         * Elements without text get no entry.
         */
        TextStats(Element root) {
            TreeWalk.walk(root, new TreeWalk.Visitor() {
                private int[] text = new int[64];
                private int[] link = new int[64];
                private int[] index = new int[64];
                private int inLink;

                @Override
                public boolean head(Node node, int depth) {
                    if (node instanceof Element e) {
                        if (depth >= text.length) {
                            text = java.util.Arrays.copyOf(text, depth * 2);
                            link = java.util.Arrays.copyOf(link, depth * 2);
                            index = java.util.Arrays.copyOf(index, depth * 2);
                        }
                        index[depth] = all.size();
                        all.add(e);
                        text[depth] = 0;
                        link[depth] = 0;
                        if (e.normalName().equals("a")) inLink++;
                    } else if (node instanceof TextNode t && depth > 0) {
                        int n = trimmedTextLength(t.getWholeText());
                        text[depth - 1] += n;
                        if (inLink > 0) link[depth - 1] += n;
                    }
                    return true;
                }

                @Override
                public void tail(Node node, int depth) {
                    if (!(node instanceof Element e)) return;
                    int i = index[depth];
                    if (i >= end.length) end = java.util.Arrays.copyOf(end, Math.max(i + 1, end.length * 2));
                    end[i] = all.size();
                    if (e.normalName().equals("a")) inLink--;
                    if (text[depth] == 0) return;
                    counts.put(e, new int[] {text[depth], link[depth]});
                    if (depth > 0) {
                        text[depth - 1] += text[depth];
                        link[depth - 1] += link[depth];
                    }
                }
            });
        }

        int text(Element e) {
            int[] c = counts.get(e);
            return c == null ? 0 : c[0];
        }

        /** Takes the counts of e (about to leave the tree) off its ancestors up to root. */
        void subtract(Element e, Element root) {
            int[] c = counts.get(e);
            if (c == null) return;
            for (Element a = e.parent(); a != null; a = a.parent()) {
                int[] ac = counts.get(a);
                ac[0] -= c[0];
                ac[1] -= c[1];
                if (a == root) break;
            }
        }

        /**
         * Turns these stats into those without the subtrees at the given [from, to) ranges of
         * {@link #all} (in document order, none inside another): the stats of the tree once those are
         * removed, after {@link #subtract} took them off their ancestors. (No {@link #end} indices
         * after: only prune walks those.)
         */
        void drop(List<int[]> ranges) {
            end = null;
            if (ranges.isEmpty()) return;
            List<Element> kept = new ArrayList<>(all.size());
            int from = 0;
            for (int[] r : ranges) {
                kept.addAll(all.subList(from, r[0]));
                for (int i = r[0]; i < r[1]; i++) counts.remove(all.get(i));
                from = r[1];
            }
            kept.addAll(all.subList(from, all.size()));
            all.clear();
            all.addAll(kept);
        }

        double linkDensity(Element e) {
            int[] c = counts.get(e);
            return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
        }
    }

    /**
     * effectiveLength(text.trim()) of a text node's normalised text, without building it: jsoup's
     * TextNode.text() turns each run of space, tab, CR, LF, FF and no-break space into one space and
     * drops zero-width spaces and soft hyphens; trim() then cuts characters up to U+0020 at both ends.
     */
    static int trimmedTextLength(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && trimmable(s.charAt(from))) from++;
        while (to > from && trimmable(s.charAt(to - 1))) to--;
        int n = 0;
        boolean lastWhite = false;
        for (int i = from; i < to; ) {
            char c = s.charAt(i);
            if (c > ' ' && c < 160) { // most chars: neither whitespace nor dropped nor CJK
                i++;
                n++;
                lastWhite = false;
                continue;
            }
            if (c < Cjk.FIRST) {
                i++;
                if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160) {
                    if (!lastWhite) n++;
                    lastWhite = true;
                } else if (c != 173) {
                    n++;
                    lastWhite = false;
                }
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 8203) continue;
            n += Cjk.isCjk(cp) ? 3 : 1;
            lastWhite = false;
        }
        return n;
    }

    /** Characters that vanish at the ends of a normalised, trimmed text node. */
    private static boolean trimmable(char c) {
        return c <= ' ' || c == 160 || c == 173 || c == 8203;
    }

    private static Map<Element, Double> score(Element body, TextStats stats, Paragraphs paragraphs) {
        Map<Element, Double> scores = new LinkedHashMap<>(); // Element equality is identity; insertion order keeps ties deterministic
        for (Element p : stats.all) { // body.getAllElements(): stats were taken of this same tree
            if (!PARAGRAPHS.hasTag(p.normalName())) continue;
            int len = paragraphs.length(p);
            if (len < MIN_PARAGRAPH) continue;
            double s = 1 + paragraphs.commas(p) + Math.min(Math.floor(len / 100.0), 3);
            Element anc = p.parent();
            for (int level = 0; anc != null && level < 5; level++) {
                if (!scores.containsKey(anc)) scores.put(anc, initialScore(anc));
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(anc, s / divider, Double::sum);
                if (anc == body) break;
                anc = anc.parent();
            }
        }
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            e.setValue(e.getValue() * (1 - stats.linkDensity(e.getKey())));
        }
        return scores;
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    static int classWeight(Element e) {
        int w = 0;
        String cls = e.className().toLowerCase(Locale.ROOT);
        String id = e.id().toLowerCase(Locale.ROOT);
        if (!cls.isEmpty()) {
            if (negative(cls)) w -= 25;
            if (containsAny(cls, POSITIVE)) w += 25;
        }
        if (!id.isEmpty()) {
            if (negative(id)) w -= 25;
            if (containsAny(id, POSITIVE)) w += 25;
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) w += 25;
        return w;
    }

    /**
     * The negative class/id words; "hid" only as a whole word: the string, its first word (followed
     * by a space), its last word, or a middle word. "At the end" allows one final line terminator,
     * as the regex anchor $ did.
     */
    private static boolean negative(String s) {
        if (containsAny(s, NEGATIVE)) return true;
        if (s.startsWith("hid") && (s.startsWith("hid ") || atEnd(s, 3))) return true;
        for (int end = s.length(); end >= s.length() - 2 && end >= 4; end--) {
            if (s.startsWith(" hid", end - 4) && atEnd(s, end)) return true;
        }
        return false;
    }

    /** Where java.util.regex's $ (no MULTILINE) matches after a letter: the end, or before a final line terminator. */
    private static boolean atEnd(String s, int i) {
        int rest = s.length() - i;
        if (rest == 0) return true;
        if (rest == 2) return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
        if (rest != 1) return false;
        char c = s.charAt(i);
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    // ---------------------------------------------------------------- 4. pick

    private static Element pickTop(Element body, Map<Element, Double> scores, TextStats stats) {
        if (scores.isEmpty()) return body;
        List<Element> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble((Element e) -> scores.get(e)).reversed());
        Element top = ranked.get(0);
        if (top == body) return body;
        double topScore = scores.get(top);
        // several near-best candidates under one ancestor: the article is split, take the ancestor
        List<Set<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
            if (scores.get(ranked.get(i)) / topScore >= 0.75) {
                Set<Element> anc = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                anc.addAll(ranked.get(i).parents());
                alternatives.add(anc);
            }
        }
        if (alternatives.size() >= 3) {
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                int n = 0;
                for (Set<Element> a : alternatives) if (a.contains(p)) n++;
                if (n >= 3) {
                    top = p;
                    break;
                }
            }
        }
        // climb while the parent scores higher (the text is spread over the parent's children)
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Double ps = scores.get(p);
            if (ps == null) continue;
            if (ps < threshold) break;
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        while (top.parent() != null && top.parent() != body && top.parent().children().size() == 1) top = top.parent();
        return top;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, TextStats stats) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) return List.of(top);
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == top) {
                parts.add(s);
                continue;
            }
            double bonus = 0;
            if (!top.className().isEmpty() && top.className().equals(s.className())) bonus = topScore * 0.2;
            Double ss = scores.get(s);
            if (ss != null && ss + bonus >= threshold) {
                parts.add(s);
            } else if (s.normalName().equals("p")) {
                int len = effectiveLength(s.text());
                double ld = stats.linkDensity(s);
                if (len > REAL_PARAGRAPH && ld < 0.25) parts.add(s);
                else if (len > 0 && len <= REAL_PARAGRAPH && ld == 0 && s.text().matches(".*[.!?。](\\s.*|$)")) parts.add(s);
            }
        }
        return parts;
    }

    // ---------------------------------------------------------------- 5. clean and collect

    private static void cleanConditionally(Element root, Map<Element, Double> scores) {
        int total = effectiveLength(root.text());
        List<Element> candidates = TreeWalk.select(root, CLEAN_CANDIDATES_EVAL);
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Element e = candidates.get(i);
            if (e == root || e.parent() == null) continue;
            String text = e.text(); // once, for the share of the whole and for shouldRemove
            int textLen = effectiveLength(text);
            if (total > 0 && textLen >= 0.5 * total) continue;
            if (shouldRemove(e, scores, text, textLen)) e.remove();
        }
    }

    private static boolean shouldRemove(Element e, Map<Element, Double> scores, String text, int textLen) {
        int weight = classWeight(e);
        if (weight + scores.getOrDefault(e, 0.0) < 0) return true;
        if (commas(text) >= 10) return false;
        String tag = e.normalName();
        boolean isList = tag.equals("ul") || tag.equals("ol");
        // what e.select("ul, ol"), ("p"), ("img"), ("li"), ("input, ..."), ("h2, ...") and ("a") find, in one walk
        Parts parts = new Parts(e);
        if (!isList) {
            int listLen = 0;
            for (Element l : parts.lists) listLen += effectiveLength(l.text());
            isList = textLen > 0 && (double) listLen / textLen > 0.9;
        }
        int p = parts.p;
        int img = parts.img;
        int li = parts.li - 100;
        int input = parts.inputs;
        int headingLen = 0;
        for (Element h : parts.headings) headingLen += effectiveLength(h.text());
        double headingDensity = textLen == 0 ? 0 : (double) headingLen / textLen;
        double ld = linkDensity(parts.links, textLen);
        if (img > 1 && (double) p / img < 0.5 && textLen < 200) return true;
        if (!isList && li > p) return true;
        if (input > p / 3) return true;
        if (!isList && headingDensity < 0.9 && textLen < MIN_PARAGRAPH && (img == 0 || img > 2) && ld > 0) return true;
        if (!isList && weight < 25 && ld > 0.2 && textLen < 1000) return true;
        if (weight >= 25 && ld > 0.5) return true;
        if (isList && ld > 0.6 && (tag.equals("ul") || tag.equals("ol"))) return true;
        return false;
    }

    /** linkDensity(e) when the effective length of e.text() is known. */
    private static double linkDensity(Element e, int total) {
        if (total == 0) return 0;
        return linkDensity(TreeWalk.select(e, LINKS_EVAL), total);
    }

    private static double linkDensity(List<Element> links, int total) {
        if (total == 0) return 0;
        int link = 0;
        for (Element a : links) link += effectiveLength(a.text());
        return Math.min(1.0, (double) link / total);
    }

    /** The elements of a subtree (its root included) that shouldRemove counts, by the same selectors, in one walk. */
    private static final class Parts {
        final List<Element> lists = new ArrayList<>();
        final List<Element> headings = new ArrayList<>();
        final List<Element> links = new ArrayList<>();
        int p;
        int img;
        int li;
        int inputs;

        Parts(Element root) {
            TreeWalk.walk(root, (node, depth) -> {
                if (!(node instanceof Element e)) return true;
                if (LISTS_EVAL.matches(root, e)) lists.add(e);
                if (P_EVAL.matches(root, e)) p++;
                if (IMG_EVAL.matches(root, e)) img++;
                if (LI_EVAL.matches(root, e)) li++;
                if (INPUTS_EVAL.matches(root, e)) inputs++;
                if (HEADINGS_EVAL.matches(root, e)) headings.add(e);
                if (LINKS_EVAL.matches(root, e)) links.add(e);
                return true;
            });
        }
    }

    private static List<TextBlock> filter(List<TextBlock> blocks, String title) {
        String normTitle = title == null ? "" : Whitespace.normalize(title).toLowerCase(Locale.ROOT);
        List<TextBlock> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TextBlock b : blocks) {
            String t = b.text();
            if (mayBeFurniture(t) && FURNITURE.matcher(t).matches()) continue;
            String lower = null;
            if (t.length() < 300) {
                lower = t.toLowerCase(Locale.ROOT);
                if (mayCallToSubscribe(lower) && CALL_TO_SUBSCRIBE.matcher(t).find()) continue;
            }
            if (Dates.isBareDateline(t)) continue;
            if (!normTitle.isEmpty() && (lower != null ? lower : t.toLowerCase(Locale.ROOT)).equals(normTitle)) continue;
            if (b.linkDensity() > 0.5 && !b.tag().equals("li")) continue;
            if (b.linkDensity() > 0.8 && b.tag().equals("li")) continue;
            if (t.length() > 40 && !seen.add(t)) continue; // the same paragraph twice (mobile + desktop copy)
            out.add(b);
        }
        // before the first real paragraph: the headline in another wording
        Set<String> titleWords = words(title == null ? "" : title);
        while (!out.isEmpty()) {
            // (a real paragraph that is not title-like ends it too: the same test, asked once)
            if (!titleLike(out.get(0).text(), titleWords)) break;
            out.remove(0);
        }
        return out;
    }

    /**
     * False when {@link #FURNITURE} cannot match, so the regex runs on few lines: its bounded
     * alternatives match at most 16 + 80 code points + 1 (under 200 chars); longer matches start with
     * one of its open-ended words.
     */
    static boolean mayBeFurniture(String t) {
        if (t.length() < 200) return true;
        for (String w : FURNITURE_OPEN_ENDED) if (t.regionMatches(true, 0, w, 0, w.length())) return true;
        return false;
    }

    private static final String[] FURNITURE_OPEN_ENDED = {"tell us what you think", "click here", "scroll to continue",
            "©", "(c)", "copyright", "loading", "share on "};

    /**
     * False when {@link #CALL_TO_SUBSCRIBE} cannot match: every match holds one of these words in ASCII
     * letters of any case, so the lower-cased line holds it in lower case.
     */
    static boolean mayCallToSubscribe(String lower) {
        return containsAny(lower, CALL_TO_SUBSCRIBE_WORDS);
    }

    private static final String[] CALL_TO_SUBSCRIBE_WORDS = {"sign up", "subscribe", "register", "get the latest",
            "newsletter"};

    /** Nearly the headline: most of its words, not much else. */
    static boolean titleLike(String text, Set<String> titleWords) {
        if (titleWords.size() < 3) return false;
        Set<String> w = words(text);
        if (w.size() > titleWords.size() * 1.6 + 2) return false;
        int common = 0;
        for (String x : titleWords) if (w.contains(x)) common++;
        return common >= 0.8 * titleWords.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /**
     * An article has running text: at least {@value #MIN_BODY_CHARS} characters of body, and either
     * that much in real paragraphs (prose blocks of {@value #REAL_PARAGRAPH}+ characters, not list
     * items, under 30% link text) or, for list-like articles, a body that is not mostly links.
     */
    private static Result judge(List<TextBlock> blocks) {
        List<String> paragraphs = new ArrayList<>();
        int chars = 0;
        int linkChars = 0;
        int real = 0;
        int realChars = 0;
        for (TextBlock b : blocks) {
            paragraphs.add(b.text());
            int n = effectiveLength(b.text());
            chars += n;
            linkChars += (int) Math.round(n * b.linkDensity());
            if (n >= REAL_PARAGRAPH && !b.tag().equals("li") && b.linkDensity() < 0.3) {
                real++;
                realChars += n;
            }
        }
        double linkShare = chars == 0 ? 0 : (double) linkChars / chars;
        boolean enoughText = chars >= MIN_BODY_CHARS;
        boolean prose = realChars >= MIN_BODY_CHARS;
        boolean textList = realChars > 0 && linkShare < 0.5 && chars >= 2 * MIN_BODY_CHARS;
        if (!enoughText || !prose && !textList) {
            return new Result(paragraphs, String.format(Locale.ROOT,
                    "%d chars of body text in %d blocks (%.0f%% link text), %d real paragraphs with %d chars; "
                            + "an article needs >= %d chars in paragraphs of >= %d chars",
                    chars, paragraphs.size(), 100 * linkShare, real, realChars, MIN_BODY_CHARS, REAL_PARAGRAPH));
        }
        return new Result(paragraphs, null);
    }

    // ---------------------------------------------------------------- helpers


    /** Length in characters, where a CJK character counts three (it carries about a word). */
    static int effectiveLength(String s) {
        // one per code point, two more per CJK one; nothing below U+1100 is CJK (whitespace never is)
        int len = s.length();
        int n = len;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < Cjk.FIRST) continue;
            if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                n += Cjk.isCjk(cp) ? 1 : -1; // the pair is one code point
            } else if (Cjk.isCjk(c)) {
                n += 2;
            }
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、') n++;
        }
        return n;
    }
}
