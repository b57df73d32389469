package io.roundup.news.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Pattern;

import io.roundup.news.text.RandomText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths of the body extractor against the straightforward code they replaced
 * (kept here as the reference), on random and tricky inputs: the output must not change.
 */
class FastPathsTest {

    private final RandomText random = new RandomText(42);

    // ---------------------------------------------------------------- references (the code before)

    static int refEffectiveLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                n++;
                continue;
            }
            n += RandomText.isCjkByScript(cp) ? 3 : 1;
        }
        return n;
    }

    static String refSignature(Element e) {
        String raw = e.id() + " " + e.className();
        if (raw.isBlank()) return "";
        return raw.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|"
                    + "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
                    + "shopping|tags|tool|widget|caption|credit|byline|author|newsletter|social|recommend");

    static int refClassWeight(Element e) {
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

    // ---------------------------------------------------------------- tests

    @Test
    void effectiveLengthAsBefore() {
        for (int i = 0; i < 20_000; i++) {
            String s = random.string(40);
            assertEquals(refEffectiveLength(s), TextMeasures.effectiveLength(s), s);
        }
    }

    @Test
    void textNodeLengthAsNormalisedTrimmedText() {
        for (int i = 0; i < 20_000; i++) {
            String s = random.string(30);
            assertEquals(refEffectiveLength(new TextNode(s).text().trim()), TextMeasures.trimmedTextLength(s), s);
        }
    }

    @Test
    void paragraphLengthAndCommasComeFromItsTextNodes() {
        Element body = Jsoup.parse("<body><p> One, two <b>three,  four</b>\u3001\u667a\u8c31\uff0c <a href=x>five</a> </p></body>").body();
        Element p = body.selectFirst("p");
        ParagraphCounts paragraphs = new ParagraphCounts(new TextCounts(body));
        assertEquals(4, paragraphs.commas(p));
        // "One, two" 8 + "three, four" 11 + "、智谱，" 1 + 3 + 3 + 1 + "five" 4: each text node trimmed on its own
        assertEquals(31, paragraphs.length(p));
        paragraphs.remove(p.selectFirst("b"));
        assertEquals(3, paragraphs.commas(p), "the commas of a removed part are forgotten");
    }

    @Test
    void signatureAndClassWeightAsBefore() {
        for (int i = 0; i < 20_000; i++) {
            Element e = new Element("div");
            if (random.nextBoolean()) e.attr("class", random.string(24));
            if (random.nextInt(3) == 0) e.attr("id", random.string(12));
            assertEquals(refSignature(e), BoilerplateWords.signature(e), e.outerHtml());
            assertEquals(refClassWeight(e), ClassWeight.of(e), e.outerHtml());
        }
        for (String s : new String[] {"hid", "hid\n", "hid\r\n", "hid\u2028", "hid\u0085", "x hid", "x hid\n", "x hid\r",
                "hid x", "x hid x", "hidx", "xhid", "x hid\n\n", "hid\n\n", "\nhid", "HID", "x HID\u2029"}) {
            Element e = new Element("div").attr("id", s);
            assertEquals(refClassWeight(e), ClassWeight.of(e), s);
        }
    }

    @Test
    void furnitureAndSubscribePrefiltersNeverHideAMatch() {
        String[] lines = {"Loading" + ".".repeat(300), "share on " + "x".repeat(300), "© " + "x".repeat(300),
                "(c) 2024 " + "x".repeat(300), "COPYRIGHT " + "x".repeat(300), "Click here " + "x".repeat(300),
                "Tell us what you think " + "x".repeat(300), "Scroll to continue " + "x".repeat(300),
                "Picture credits: " + "\ud83d\ude00".repeat(80) + ".", "Advertisement", "Sign up for our daily newsletter",
                "SUBSCRIBE to the weekly", "Get the latest news in your inbox", "Newsletter: sign up now"};
        for (String t : lines) {
            if (BlockFilter.FURNITURE.matcher(t).matches()) assertTrue(BlockFilter.mayBeFurniture(t), t);
            if (BlockFilter.CALL_TO_SUBSCRIBE.matcher(t).find()) {
                assertTrue(BlockFilter.mayCallToSubscribe(t.toLowerCase(Locale.ROOT)), t);
            }
        }
        assertTrue(BlockFilter.FURNITURE.matcher(lines[0]).matches());
        assertTrue(BlockFilter.CALL_TO_SUBSCRIBE.matcher(lines[10]).find());
    }
}
