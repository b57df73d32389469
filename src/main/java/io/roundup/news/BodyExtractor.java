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

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

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

    private static final String REMOVE_ALWAYS = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "video, audio, map, button, select, input, textarea, option, dialog, figcaption, link, meta, source, "
            + "track, h1, [hidden], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

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
    private static final Pattern NEG_SUBSTRING = Pattern.compile(
            "related|sidebar|newsletter|cookie|outbrain|taboola|advert|breadcrumb|sponsor|recommend|trending|"
                    + "sharebar|sharing|socialmedia|subscribe|comment-|-comment|comments|mostread|most-read|"
                    + "most-popular|read-more|readmore|see-also|further-reading|promo|signup|sign-up|byline|"
                    + "caption|newsfeed|share-|-share|social");
    /** Class/id words that mark the article proper; they protect nothing, they only raise the score. */
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|"
                    + "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
                    + "shopping|tags|tool|widget|caption|credit|byline|author|newsletter|social|recommend");

    /** Short lines that are page furniture wherever they appear. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(advertisement|advertisment|advert|ad|ads|anzeige|sponsored|sponsored content|werbung|广告|"
                    + "this slideshow requires javascript|tell us what you think.*|leave a (comment|reply)|"
                    + "(photo|image|picture|video)( credit)?s?:.{0,80}|"
                    + "continue reading( below)?|story continues( below)?( advertisement)?|read more|read full story|"
                    + "skip to (main )?content|share( this( article| story)?)?|share on \\w+|tweet|email|print|"
                    + "comments?|related( articles| stories| content)?|more on this story|loading\\.*|"
                    + "subscribe|sign up|log ?in|click here.*|scroll to continue.*|©.*|\\(c\\) ?\\d{4}.*|copyright.*)[.:!]?$");

    /** A short call to subscribe: "Sign up for our daily newsletter", "Get the latest in your inbox". */
    private static final Pattern CALL_TO_SUBSCRIBE = Pattern.compile(
            "(?i)(sign up|subscribe|register|get the latest)[^.!?]{0,80}(newsletter|inbox|e-?mail|daily|weekly)|"
                    + "newsletter[^.!?]{0,60}(sign up|subscribe)");
    /** Class/id words of picture containers; their short text is a caption or credit. */
    private static final Set<String> MEDIA_TOKENS = Set.of("image", "img", "photo", "picture", "media", "gallery",
            "slideshow", "thumbnail", "thumb", "figure", "wp-caption", "video", "player", "lead-art", "hero");

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre");
    private static final Set<String> WRAP_CONTAINERS = Set.of("div", "section", "article", "main", "td", "center",
            "body", "blockquote", "dd", "span");

    private BodyExtractor() {
    }

    static Result extract(Document original, String title) {
        Document doc = original.clone();
        Element body = doc.body();
        if (body == null) return new Result(List.of(), "no <body>");
        body.select(REMOVE_ALWAYS).remove();
        wrapLooseText(body);
        prune(body);
        TextStats stats = new TextStats(body);
        Map<Element, Double> scores = score(body, stats);
        Element top = pickTop(body, scores, stats);
        List<Element> parts = withSiblings(top, scores, stats);
        List<Blocks.Block> blocks = new ArrayList<>();
        for (Element part : parts) {
            cleanConditionally(part, scores);
            Blocks.collectInto(part, blocks);
        }
        return judge(filter(blocks, title));
    }

    // ---------------------------------------------------------------- 1. prune

    static void prune(Element body) {
        body.select(REMOVE_ALWAYS).remove();
        IdentityHashMap<Element, Integer> pChars = paragraphChars(body);
        int total = pChars.getOrDefault(body, 0);
        // the best container before pruning, and its ancestors, are never pruned as boilerplate
        Set<Element> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, Double> prelim = score(body, new TextStats(body));
        Element best = null;
        for (Map.Entry<Element, Double> e : prelim.entrySet()) {
            if (insideStrongBoilerplate(e.getKey(), body)) continue;
            if (best == null || e.getValue() > prelim.get(best)) best = e.getKey();
        }
        for (Element a = best; a != null; a = a.parent()) keep.add(a);
        int bestHeld = best == null ? 0 : pChars.getOrDefault(best, 0);
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || keep.contains(e)) continue;
            if (!isBoilerplate(e)) continue;
            int held = pChars.getOrDefault(e, 0);
            if (total > 0 && held >= 0.5 * total) continue; // holds most of the text: the article itself
            if (bestHeld > 0 && held >= 0.5 * bestHeld && keep.contains(e.parent())) continue; // most of the best container
            doomed.add(e);
        }
        for (Element e : doomed) e.remove();
    }

    /** Comment threads, related-story boxes, footers: never the article, whatever their text. */
    private static final Set<String> STRONG_NEG = Set.of("comment", "comments", "disqus", "reply", "replies",
            "related", "recommended", "recommendations", "footer", "outbrain", "taboola", "newsletter", "cookie",
            "consent", "respond");

    static boolean insideStrongBoilerplate(Element e, Element root) {
        for (Element a = e; a != null && a != root; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav")) return true;
            String sig = signature(a);
            if (sig.isBlank()) continue;
            for (String token : sig.split("[^a-z0-9]+")) {
                if (STRONG_NEG.contains(token)) return true;
            }
        }
        return false;
    }

    static boolean isBoilerplate(Element e) {
        String tag = e.normalName();
        if (STRUCTURAL.contains(tag)) return true;
        String role = e.attr("role").toLowerCase(Locale.ROOT).trim();
        if (BOILER_ROLES.contains(role)) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && e.text().length() < 200) return true;
        String sig = signature(e);
        if (sig.isBlank()) return false;
        if (NEG_SUBSTRING.matcher(sig).find()) return true;
        boolean media = false;
        for (String token : sig.split("[^a-z0-9]+")) {
            if (NEG_TOKENS.contains(token)) return true;
            if (MEDIA_TOKENS.contains(token)) media = true;
        }
        // a picture box: image plus a short caption/credit
        return media && !e.select("img, picture, video").isEmpty() && effectiveLength(e.text()) < 400;
    }

    /** id, classes and itemprop, camelCase split, lower-cased: "relatedArticles" gives "related-articles". */
    static String signature(Element e) {
        String raw = e.id() + " " + e.className();
        if (raw.isBlank()) return "";
        String split = raw.replaceAll("([a-z])([A-Z])", "$1-$2");
        return split.toLowerCase(Locale.ROOT);
    }

    private static boolean hasAncestor(Element e, Element root, String... tags) {
        for (Element a = e.parent(); a != null && a != root; a = a.parent()) {
            for (String t : tags) if (a.normalName().equals(t)) return true;
        }
        return false;
    }

    private static IdentityHashMap<Element, Integer> paragraphChars(Element root) {
        IdentityHashMap<Element, Integer> m = new IdentityHashMap<>();
        for (Element p : root.select("p, pre")) {
            int n = effectiveLength(p.text());
            if (n < MIN_PARAGRAPH) continue;
            if (hasAncestor(p, root, "li", "nav", "menu")) continue;
            n = (int) Math.round(n * (1 - linkDensity(p)));
            for (Element a = p; a != null; a = a.parent()) {
                m.merge(a, n, Integer::sum);
                if (a == root) break;
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- 2. wrap loose text

    /** Wraps runs of inline content that carry text into {@code <p>}, so "div as paragraph" text scores. */
    static void wrapLooseText(Element body) {
        List<Element> containers = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (WRAP_CONTAINERS.contains(e.normalName())) containers.add(e);
        }
        for (Element c : containers) {
            if (c.normalName().equals("span") && !hasBlockChild(c)) continue;
            List<Node> run = new ArrayList<>();
            for (Node n : new ArrayList<>(c.childNodes())) {
                if (n instanceof Element el && (Blocks.isBlock(el) && !el.normalName().equals("br") || hasBlockChild(el))) {
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
        for (Element c : e.children()) {
            if (Blocks.isBlock(c) && !c.normalName().equals("br")) return true;
            if (!c.children().isEmpty() && hasBlockChild(c)) return true;
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
        private final IdentityHashMap<Element, int[]> counts = new IdentityHashMap<>();

        TextStats(Element root) {
            for (TextNode t : textNodes(root)) {
                int n = effectiveLength(t.text().trim());
                if (n == 0) continue;
                boolean link = false;
                for (Element a = t.parent(); a != null; a = a.parent()) {
                    if (a.normalName().equals("a")) {
                        link = true;
                        break;
                    }
                    if (a == root) break;
                }
                for (Element a = t.parent(); a != null; a = a.parent()) {
                    int[] c = counts.computeIfAbsent(a, k -> new int[2]);
                    c[0] += n;
                    if (link) c[1] += n;
                    if (a == root) break;
                }
            }
        }

        int text(Element e) {
            int[] c = counts.get(e);
            return c == null ? 0 : c[0];
        }

        double linkDensity(Element e) {
            int[] c = counts.get(e);
            return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
        }
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> out = new ArrayList<>();
        for (Element e : root.getAllElements()) out.addAll(e.textNodes());
        return out;
    }

    private static Map<Element, Double> score(Element body, TextStats stats) {
        Map<Element, Double> scores = new LinkedHashMap<>(); // Element equality is identity; insertion order keeps ties deterministic
        for (Element p : body.getAllElements()) {
            if (!PARAGRAPH_TAGS.contains(p.normalName())) continue;
            String text = p.text();
            int len = effectiveLength(text);
            if (len < MIN_PARAGRAPH) continue;
            double s = 1 + commas(text) + Math.min(Math.floor(len / 100.0), 3);
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
            if (NEGATIVE.matcher(cls).find()) w -= 25;
            if (POSITIVE.matcher(cls).find()) w += 25;
        }
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) w -= 25;
            if (POSITIVE.matcher(id).find()) w += 25;
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) w += 25;
        return w;
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
        Elements candidates = root.select("form, fieldset, table, ul, ol, div, section");
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Element e = candidates.get(i);
            if (e == root || e.parent() == null) continue;
            if (total > 0 && effectiveLength(e.text()) >= 0.5 * total) continue;
            if (shouldRemove(e, scores)) e.remove();
        }
    }

    private static boolean shouldRemove(Element e, Map<Element, Double> scores) {
        int weight = classWeight(e);
        if (weight + scores.getOrDefault(e, 0.0) < 0) return true;
        String text = e.text();
        if (commas(text) >= 10) return false;
        String tag = e.normalName();
        boolean isList = tag.equals("ul") || tag.equals("ol");
        int textLen = effectiveLength(text);
        if (!isList) {
            int listLen = 0;
            for (Element l : e.select("ul, ol")) listLen += effectiveLength(l.text());
            isList = textLen > 0 && (double) listLen / textLen > 0.9;
        }
        int p = e.select("p").size();
        int img = e.select("img").size();
        int li = e.select("li").size() - 100;
        int input = e.select("input, select, textarea, button").size();
        int headingLen = 0;
        for (Element h : e.select("h2, h3, h4, h5, h6")) headingLen += effectiveLength(h.text());
        double headingDensity = textLen == 0 ? 0 : (double) headingLen / textLen;
        double ld = linkDensity(e);
        if (img > 1 && (double) p / img < 0.5 && textLen < 200) return true;
        if (!isList && li > p) return true;
        if (input > p / 3) return true;
        if (!isList && headingDensity < 0.9 && textLen < MIN_PARAGRAPH && (img == 0 || img > 2) && ld > 0) return true;
        if (!isList && weight < 25 && ld > 0.2 && textLen < 1000) return true;
        if (weight >= 25 && ld > 0.5) return true;
        if (isList && ld > 0.6 && (tag.equals("ul") || tag.equals("ol"))) return true;
        return false;
    }

    static double linkDensity(Element e) {
        int total = effectiveLength(e.text());
        if (total == 0) return 0;
        int link = 0;
        for (Element a : e.select("a")) link += effectiveLength(a.text());
        return Math.min(1.0, (double) link / total);
    }

    private static List<Blocks.Block> filter(List<Blocks.Block> blocks, String title) {
        String normTitle = title == null ? "" : Blocks.normalize(title).toLowerCase(Locale.ROOT);
        List<Blocks.Block> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Blocks.Block b : blocks) {
            String t = b.text();
            if (FURNITURE.matcher(t).matches()) continue;
            if (t.length() < 300 && CALL_TO_SUBSCRIBE.matcher(t).find()) continue;
            if (Dates.isBareDateline(t)) continue;
            if (!normTitle.isEmpty() && t.toLowerCase(Locale.ROOT).equals(normTitle)) continue;
            if (b.linkDensity() > 0.5 && !b.tag().equals("li")) continue;
            if (b.linkDensity() > 0.8 && b.tag().equals("li")) continue;
            if (t.length() > 40 && !seen.add(t)) continue; // the same paragraph twice (mobile + desktop copy)
            out.add(b);
        }
        // before the first real paragraph: the headline in another wording
        Set<String> titleWords = words(title == null ? "" : title);
        while (!out.isEmpty()) {
            Blocks.Block b = out.get(0);
            String t = b.text();
            if (effectiveLength(t) >= REAL_PARAGRAPH && !titleLike(t, titleWords)) break;
            if (!titleLike(t, titleWords)) break;
            out.remove(0);
        }
        return out;
    }

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
    private static Result judge(List<Blocks.Block> blocks) {
        List<String> paragraphs = new ArrayList<>();
        int chars = 0;
        int linkChars = 0;
        int real = 0;
        int realChars = 0;
        for (Blocks.Block b : blocks) {
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
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                n++;
                continue;
            }
            n += Language.isCjk(cp) ? 3 : 1;
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
