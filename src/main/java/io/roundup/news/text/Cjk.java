package io.roundup.news.text;

/**
 * Han, kana and Hangul: the scripts in which a character carries about a word, which the language
 * guess and the body's text lengths treat apart.
 */
public final class Cjk {

    /** No code point below this is CJK: a cheap first test before the table. */
    public static final int FIRST = 0x1100;

    /** Character.UnicodeScript.of is a binary search; body text asks it for every character. */
    private static final class Table {
        static final long[] BMP = new long[1 << 10];

        static {
            for (int cp = FIRST; cp <= 0xFFFF; cp++) {
                if (scriptIsCjk(cp)) BMP[cp >>> 6] |= 1L << cp;
            }
        }
    }

    private Cjk() {
    }

    public static boolean isCjk(int cp) {
        // no Han, kana or Hangul below U+1100 (Hangul Jamo); the BMP is answered from a table
        if (cp < FIRST) return false;
        if (cp <= 0xFFFF) return (Table.BMP[cp >>> 6] & (1L << cp)) != 0;
        return scriptIsCjk(cp);
    }

    private static boolean scriptIsCjk(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
    }
}
