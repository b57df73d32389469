package io.roundup.extract;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional Chinese characters written as their simplified forms, one character for one, so that Hong Kong and
 * Taiwan press ("招股", "發售價", "港元", "融資") is read by the same rules as mainland text, and every offset in the
 * simplified text is the offset of the same character in the original (names and evidence are taken from the
 * original). The table comes from ICU's Traditional-Simplified transliterator, asked once per character of the CJK
 * blocks; characters it maps to more or fewer than one character are left as they are.
 */
final class Simplified {

    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;

    private Simplified() {
    }

    /** Built on first use: most pages hold no traditional character and never need it. */
    private static final class Table {
        static final char[] MAP = build();

        private static char[] build() {
            Transliterator t = Transliterator.getInstance("Traditional-Simplified");
            char[] map = new char[LAST - FIRST + 1];
            for (int c = FIRST; c <= LAST; c++) {
                String s = t.transliterate(String.valueOf((char) c));
                map[c - FIRST] = s.length() == 1 ? s.charAt(0) : (char) c;
            }
            return map;
        }
    }

    /** The text with every traditional character simplified; the same instance when nothing changes or no Han is in it. */
    static String of(String text) {
        if (text == null || !Prefilter.hasCjk(text)) return text;
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < FIRST || c > LAST) continue;
            char s = Table.MAP[c - FIRST];
            if (s == c) continue;
            if (out == null) out = text.toCharArray();
            out[i] = s;
        }
        return out == null ? text : new String(out);
    }
}
