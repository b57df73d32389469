package io.roundup.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.roundup.news.text.RandomText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths of the extractor against the straightforward code they replaced
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

    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von",
            "den", "dem", "des", "ein", "eine", "einen", "einer", "für", "auf", "sich", "auch", "wird", "werden",
            "wurde", "zu", "im", "nach", "bei", "aus", "sie", "es", "wie", "noch", "über", "oder", "sind", "hat",
            "haben", "mehr", "als", "zum", "zur", "vom", "einem");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with",
            "on", "was", "are", "it", "by", "as", "at", "from", "has", "have", "its", "this", "be", "which", "an",
            "will", "said", "were", "their", "or", "but");

    static String refGuess(String text) {
        if (text == null || text.isBlank()) return "en";
        int letters = 0, cjk = 0, kana = 0, hangul = 0, umlauts = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (RandomText.isCjkByScript(cp)) {
                cjk++;
                Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                if (sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA) kana++;
                if (sc == Character.UnicodeScript.HANGUL) hangul++;
            } else if ("äöüÄÖÜß".indexOf(cp) >= 0) {
                umlauts++;
            }
        }
        if (letters > 0 && cjk * 5 >= letters) {
            if (hangul * 2 > cjk) return "ko";
            if (kana * 5 >= cjk) return "ja";
            return "zh";
        }
        int de = 0, en = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (GERMAN.contains(w)) de++;
            if (ENGLISH.contains(w)) en++;
        }
        double germanScore = de + umlauts * 0.5;
        return germanScore > en && germanScore >= 3 ? "de" : "en";
    }

    // ---------------------------------------------------------------- tests

    @Test
    void effectiveLengthAsBefore() {
        for (int i = 0; i < 20_000; i++) {
            String s = random.string(40);
            assertEquals(refEffectiveLength(s), BodyExtractor.effectiveLength(s), s);
        }
    }

    @Test
    void textNodeLengthAsNormalisedTrimmedText() {
        for (int i = 0; i < 20_000; i++) {
            String s = random.string(30);
            assertEquals(refEffectiveLength(new TextNode(s).text().trim()), BodyExtractor.trimmedTextLength(s), s);
        }
    }

    @Test
    void paragraphLengthAndCommasComeFromItsTextNodes() {
        Element body = org.jsoup.Jsoup.parse("<body><p> One, two <b>three,  four</b>\u3001\u667a\u8c31\uff0c <a href=x>five</a> </p></body>").body();
        Element p = body.selectFirst("p");
        BodyExtractor.Paragraphs paragraphs = new BodyExtractor.Paragraphs(new BodyExtractor.TextStats(body));
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
            assertEquals(refSignature(e), BodyExtractor.signature(e), e.outerHtml());
            assertEquals(refClassWeight(e), BodyExtractor.classWeight(e), e.outerHtml());
        }
        for (String s : new String[] {"hid", "hid\n", "hid\r\n", "hid\u2028", "hid\u0085", "x hid", "x hid\n", "x hid\r",
                "hid x", "x hid x", "hidx", "xhid", "x hid\n\n", "hid\n\n", "\nhid", "HID", "x HID\u2029"}) {
            Element e = new Element("div").attr("id", s);
            assertEquals(refClassWeight(e), BodyExtractor.classWeight(e), s);
        }
    }

    /** What Language.guess relies on to lower-case words one by one. */
    @Test
    void lowerCasingKeepsLettersAndLengthsExceptDottedCapitalI() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp == 0x130) continue;
            String s = new String(Character.toChars(cp));
            String l = s.toLowerCase(Locale.ROOT);
            boolean same = l.length() == s.length() && l.codePointCount(0, l.length()) == 1
                    && Character.isLetter(l.codePointAt(0)) == Character.isLetter(cp);
            if (!same) throw new AssertionError("U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void languageAsBefore() {
        String[] words = {"der", "die", "und", "the", "and", "of", "für", "über", "İst", "DER", "The", "werden",
                "Werdens", "中文", "ひらがな", "한국어", "x", "ß", "ä", "straße", "ÜBER", "FÜR", "ΣΑΣ", "DİE", "Und"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                sb.append(random.nextInt(3) == 0 ? random.string(6) : words[random.nextInt(words.length)]);
                String seps = " ,.\n\u00a0-";
                sb.append(seps.charAt(random.nextInt(seps.length())));
            }
            String s = sb.toString();
            assertEquals(refGuess(s), Language.guess(s), s);
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
            if (BodyExtractor.FURNITURE.matcher(t).matches()) assertTrue(BodyExtractor.mayBeFurniture(t), t);
            if (BodyExtractor.CALL_TO_SUBSCRIBE.matcher(t).find()) {
                assertTrue(BodyExtractor.mayCallToSubscribe(t.toLowerCase(Locale.ROOT)), t);
            }
        }
        assertTrue(BodyExtractor.FURNITURE.matcher(lines[0]).matches());
        assertTrue(BodyExtractor.CALL_TO_SUBSCRIBE.matcher(lines[10]).find());
    }
}
