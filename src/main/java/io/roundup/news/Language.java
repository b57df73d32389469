package io.roundup.news;

import java.util.Locale;
import java.util.Set;

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
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (isCjk(cp)) {
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
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (GERMAN.contains(w)) de++;
            if (ENGLISH.contains(w)) en++;
        }
        double germanScore = de + umlauts * 0.5;
        return germanScore > en && germanScore >= 3 ? "de" : "en";
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
    }
}
