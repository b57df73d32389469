package io.roundup.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap checks that run before expensive patterns. A pattern whose every alternative contains one of a few
 * literal words cannot match a text that contains none of them, so the pattern is skipped and the result is
 * the same. Texts are compared case-folded the way {@code (?i)} and {@code (?iu)} patterns compare them
 * (upper-, then lower-case of each char), so the words are written in lower case. The rules hold their
 * patterns as {@link GuardedPattern}s (a pattern and its {@link Guard}); this class has the scans they use
 * and the one switch that turns every such shortcut off.
 */
final class Prefilter {

    private Prefilter() {
    }

    /*
     * Off only inside withoutGuards, which PrefilterTest uses to run every rule without its shortcuts. A plain static
     * flag (read on every guard, so it must cost nothing): a thread outside that scope sees the shortcuts off too,
     * which changes no result, only the time.
     */
    private static volatile boolean off;

    /** Whether the shortcuts are off: every guard holds, every pattern is tried at every char. */
    static boolean off() {
        return off;
    }

    /** {@code rule} run with every shortcut off: the result the shortcuts must not change. */
    static synchronized <T> T withoutGuards(java.util.function.Supplier<T> rule) {
        off = true;
        try {
            return rule.get();
        } finally {
            off = false;
        }
    }

    /** Slots of the texts last folded (per thread): the rules of one clause, its segment and its sentence fold the same texts in turn. */
    private static final int SLOTS = 4;

    /** The last texts folded and their folds, per thread, as text, fold, text, fold, … and the next slot to reuse last. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2 * SLOTS + 1]);

    /** The text case-folded char by char, same length: a match of a case-insensitive pattern is a match here. */
    static String fold(String s) {
        Object[] last = LAST.get();
        for (int i = 0; i < 2 * SLOTS; i += 2) if (last[i] == s) return (String) last[i + 1];
        String f = foldNow(s);
        int next = last[2 * SLOTS] == null ? 0 : (Integer) last[2 * SLOTS];
        last[2 * next] = s;
        last[2 * next + 1] = f;
        last[2 * SLOTS] = (next + 1) % SLOTS;
        return f;
    }

    /** {@link #fold} without keeping the result: for short texts folded once, which should not push others out. */
    static String foldNow(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
            if (f != c) {
                if (out == null) out = s.toCharArray();
                out[i] = f;
            }
        }
        return out == null ? s : new String(out);
    }

    /** Whether the (folded) text contains one of the words. */
    static boolean any(String text, String... words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    /**
     * Whether a word occurs in the folded text at a word start: first char, or after a char that is no ASCII letter.
     * Patterns that open with {@code \\b} or {@code (?<![\\p{L}])}, or put a space or hyphen before the word, need that.
     */
    static boolean anyAtWordStart(String text, String folded, String... words) {
        for (String w : words) {
            for (int i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
                if (i == 0 || !asciiLetter(text.charAt(i - 1))) return true;
            }
        }
        return false;
    }

    /** Whether a word occurs as a whole word: no ASCII letter, digit or underscore on either side (as {@code \\bword\\b}). */
    static boolean anyWord(String text, String folded, String... words) {
        for (String w : words) {
            for (int i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
                int e = i + w.length();
                if ((i == 0 || !asciiWordChar(text.charAt(i - 1))) && (e == text.length() || !asciiWordChar(text.charAt(e)))) return true;
            }
        }
        return false;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean asciiWordChar(char c) {
        return asciiLetter(c) || c >= '0' && c <= '9' || c == '_';
    }

    /** Positions of a text where a match of some pattern can start (a necessary condition, cheaper than the pattern). */
    interface Starts {
        boolean at(String text, int i);
    }

    /**
     * Where a pattern is tried: the next match of {@code m} starting at or after {@code from}, as {@code find} gives
     * it, tried only where a match can start. {@code m} is a matcher of {@code text} with transparent, non-anchoring
     * bounds (as {@link #startsChecked} makes it); {@code folded} is the text case-folded. Leaves the match in {@code m}.
     */
    interface Tries {
        boolean next(Matcher m, String text, String folded, int from);

        /** Whether {@link #next} reads the folded text. */
        default boolean folds() {
            return true;
        }

        /** Tried only at the chars {@code starts} accepts. */
        static Tries at(Starts starts) {
            return new Tries() {
                @Override
                public boolean next(Matcher m, String text, String folded, int from) {
                    return find(m, text, from, starts);
                }

                @Override
                public boolean folds() {
                    return false;
                }
            };
        }
    }

    /**
     * The next match of {@code m} starting at or after {@code from}, as {@code find} gives it, tried only where
     * {@code starts} says a match can start: the pattern is not tried at every char. {@code m} must be a matcher
     * of {@code text} with transparent, non-anchoring bounds (as {@link #startsChecked} makes it), so a region
     * that begins at i sees the text around it as find does. Leaves the match in {@code m}.
     */
    static boolean find(Matcher m, String text, int from, Starts starts) {
        for (int i = from, n = text.length(); i < n; i++) {
            if (!starts.at(text, i)) continue;
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /**
     * Words one of which every match of a pattern holds at most {@code lead} chars after its start, case-folded:
     * the pattern need only be tried up to {@code lead} chars before each of them.
     */
    record Near(String[] words, int lead) implements Tries {

        /** The words of all the lists, each once. */
        static Near of(int lead, String[]... lists) {
            return new Near(java.util.Arrays.stream(lists).flatMap(java.util.Arrays::stream).distinct().toArray(String[]::new), lead);
        }

        /** Tried only near the words of the folded text. */
        @Override
        public boolean next(Matcher m, String text, String folded, int from) {
            int p = from;
            while (p <= text.length()) {
                int q = firstIndex(folded, words, p);
                if (q < 0) return false;
                if (matchStartingIn(m, Math.max(p, q - lead), q, text.length())) return true;
                p = q + 1;
            }
            return false;
        }
    }

    /** Where the first of {@code words} stands in {@code folded} at or after {@code from}; -1 when none does. */
    static int firstIndex(String folded, String[] words, int from) {
        int q = -1;
        for (String w : words) {
            int i = folded.indexOf(w, from);
            if (i >= 0 && (q < 0 || i < q)) q = i;
        }
        return q;
    }

    /**
     * Whether {@code m}'s pattern matches starting at one of {@code from..to}, tried in order, the match running at
     * most to {@code end} (the text's length); {@code m} as {@link #startsChecked} makes it, left holding the match.
     */
    static boolean matchStartingIn(Matcher m, int from, int to, int end) {
        for (int start = from; start <= to; start++) {
            m.region(start, end);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    static Matcher startsChecked(Pattern p, String text) {
        return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Any char of the CJK blocks (from U+2E80): Chinese patterns need at least one. */
    static boolean hasCjk(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x2E80) return true;
        return false;
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }
}
