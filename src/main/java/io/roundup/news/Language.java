package io.roundup.news;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.roundup.news.text.Cjk;

/**
 * ISO 639-1 language of a text by a simple, explainable rule:
 * <ul>
 * <li>CJK characters are at least 20% of the letters: "ja" when kana make up a fifth of those, "ko"
 *     when Hangul dominates, else "zh";</li>
 * <li>German function words (der, die, und, nicht, ...) outnumber English ones (the, and, of, ...)
 *     by the counted words, with umlauts/ß adding weight: "de";</li>
 * <li>otherwise "en".</li>
 * </ul>
 */
final class Language {

    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von",
            "den", "dem", "des", "ein", "eine", "einen", "einer", "für", "auf", "sich", "auch", "wird", "werden",
            "wurde", "zu", "im", "nach", "bei", "aus", "sie", "es", "wie", "noch", "über", "oder", "sind", "hat",
            "haben", "mehr", "als", "zum", "zur", "vom", "einem");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with",
            "on", "was", "are", "it", "by", "as", "at", "from", "has", "have", "its", "this", "be", "which", "an",
            "will", "said", "were", "their", "or", "but");

    /** Longest word of {@link #GERMAN} and {@link #ENGLISH}. */
    private static final int MAX_WORD;

    private static final int GERMAN_WORD = 1;
    private static final int ENGLISH_WORD = 2;
    /** GERMAN and ENGLISH in one map: one look-up per word. */
    private static final Map<String, Integer> FUNCTION_WORDS = new HashMap<>();

    static {
        int m = 0;
        for (String w : GERMAN) m = Math.max(m, w.length());
        for (String w : ENGLISH) m = Math.max(m, w.length());
        MAX_WORD = m;
        for (String w : GERMAN) FUNCTION_WORDS.merge(w, GERMAN_WORD, (a, b) -> a | b);
        for (String w : ENGLISH) FUNCTION_WORDS.merge(w, ENGLISH_WORD, (a, b) -> a | b);
    }

    private Language() {
    }

    static String guess(String text) {
        if (text == null || text.isBlank()) return "en";
        int letters = 0;
        int cjk = 0;
        int kana = 0;
        int hangul = 0;
        int umlauts = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) { // ASCII: a letter is A-Z or a-z, never CJK or an umlaut
                i++;
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') letters++;
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (Cjk.isCjk(cp)) {
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
        int de = 0;
        int en = 0;
        // words are maximal runs of letters of the lower-cased text (as split("[^\\p{L}]+") gives them);
        // only short runs can be function words, so longer ones are never cut out. Lower-casing keeps
        // each code point one letter or non-letter of the same length, except U+0130 (two chars, the
        // second no letter): without it the runs of the text are those of its lower case, and only
        // the short ones need lower-casing
        boolean dottedI = text.indexOf('\u0130') >= 0;
        String lower = dottedI ? text.toLowerCase(Locale.ROOT) : text;
        int n = lower.length();
        int start = -1;
        for (int i = 0; i <= n; ) {
            int cp = i < n ? lower.codePointAt(i) : ' ';
            boolean letter = i < n && (cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp));
            if (letter) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                if (i - start <= MAX_WORD) {
                    String w = lower.substring(start, i);
                    Integer f = FUNCTION_WORDS.get(dottedI ? w : w.toLowerCase(Locale.ROOT));
                    if (f != null) {
                        if ((f & GERMAN_WORD) != 0) de++;
                        if ((f & ENGLISH_WORD) != 0) en++;
                    }
                }
                start = -1;
            }
            i += i < n ? Character.charCount(cp) : 1;
        }
        double germanScore = de + umlauts * 0.5;
        return germanScore > en && germanScore >= 3 ? "de" : "en";
    }
}
