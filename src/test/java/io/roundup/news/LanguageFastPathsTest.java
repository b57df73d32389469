package io.roundup.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;

import io.roundup.news.text.RandomText;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths of the language guess against the straightforward code they replaced
 * (kept here as the reference), on random and tricky inputs: the output must not change.
 */
class LanguageFastPathsTest {

    private final RandomText random = new RandomText(42);

    // ---------------------------------------------------------------- references (the code before)

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
}
