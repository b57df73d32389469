package io.roundup.news.text;

import java.util.Random;

/**
 * Random strings built from the characters and words the extractor's rules treat specially, for
 * tests that hold a fast path to the straightforward code it replaced; seeded, so a failure repeats.
 */
public final class RandomText {

    /** Whitespace of every kind, invisible characters, CJK, surrogates, case oddities. */
    private static final String ALPHABET = "aZhid -_\t\n\r\f\u000b\u0001\u00a0\u00ad\u200b\u2003\u3000\u0085\u2028"
            + "\u4e2d\u3042\u30a2\ud55c\u1100\u212a\u0130\u00e4\u00df,，、.!?。0123456789HiD";
    private static final String[] PIECES = {"related", "Related", "relatedArticles", "hid", " hid", "hid ", "comment",
            "media", "photo", "ad", "share-", "article", "content", "text", "\ud840\udc00", "\ud83d\ude00", "\ud800",
            "\udc00", "der", "die", "und", "the", "and", "für", "über", "nav", "footer", "MainContent", "aB", "x1"};

    private final Random random;

    public RandomText(long seed) {
        this.random = new Random(seed);
    }

    /** A string of up to maxLen characters (a piece may run past it). */
    public String string(int maxLen) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(maxLen + 1);
        while (sb.length() < n) {
            if (random.nextInt(4) == 0) sb.append(PIECES[random.nextInt(PIECES.length)]);
            else sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    /** The reference for {@link Cjk#isCjk}: Unicode's script property, asked directly. */
    public static boolean isCjkByScript(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
    }
}
