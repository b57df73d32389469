package io.roundup.extract;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A cheap condition without which a pattern cannot match: a text that fails it is not given to the pattern, and the
 * result is the same. Words are written in lower case and looked for in the case-folded text ({@link Prefilter#fold}),
 * unless the guard says "as written". Every test holds while {@link Prefilter#off} is on.
 */
final class Guard {

    /** The check proper: {@code folded} is the case-folded text, or null for a check that does not read it. */
    private interface Check {
        boolean holds(String text, String folded);
    }

    /** No condition: a pattern that only has a cheaper way to be tried ({@link Prefilter.Tries}). */
    static final Guard ALWAYS = new Guard((t, f) -> true, false, new String[0]);

    private final Check check;
    private final boolean folds;
    /** The words the check looks for (all of them, for combined guards): where a pattern may be tried near them. */
    private final String[] words;

    private Guard(Check check, boolean folds, String[] words) {
        this.check = check;
        this.folds = folds;
        this.words = words;
    }

    /** One of the words in the case-folded text. */
    static Guard words(String... words) {
        return new Guard((t, f) -> Prefilter.any(f, words), true, words);
    }

    /** One of the words in the text as written (for a case-sensitive pattern, or a text already lower-cased). */
    static Guard wordsAsWritten(String... words) {
        return new Guard((t, f) -> Prefilter.any(t, words), false, words);
    }

    /** One of the words in the case-folded text at a word start ("round", not "around"): see {@link Prefilter#anyAtWordStart}. */
    static Guard wordStarts(String... words) {
        return new Guard((t, f) -> Prefilter.anyAtWordStart(t, f, words), true, words);
    }

    /** One of the words in the case-folded text as a whole word: see {@link Prefilter#anyWord}. */
    static Guard wholeWords(String... words) {
        return new Guard((t, f) -> Prefilter.anyWord(t, f, words), true, words);
    }

    /** One of the words as written and as a whole word ("May", not "may" or "Mayor"). */
    static Guard wholeWordsAsWritten(String... words) {
        return new Guard((t, f) -> Prefilter.anyWord(t, t, words), false, words);
    }

    /** A char of the CJK blocks: every Chinese pattern needs one. */
    static Guard cjk() {
        return new Guard((t, f) -> Prefilter.hasCjk(t), false, new String[0]);
    }

    /** An ASCII digit. */
    static Guard digit() {
        return new Guard((t, f) -> Prefilter.hasDigit(t), false, new String[0]);
    }

    /** A condition of its own on the case-folded text (say, a word followed by another). */
    static Guard onFolded(Predicate<String> condition) {
        return new Guard((t, f) -> condition.test(f), true, new String[0]);
    }

    /**
     * This guard remembering its answer for the last text it was asked about (the same string, not an equal one): for
     * a guard that several patterns of one text share.
     */
    Guard shared() {
        Check inner = check;
        Check remembering = new Check() {
            /** The last text and the answer, in one object so that threads see the two together. */
            private volatile Object[] last = {null, false};

            @Override
            public boolean holds(String text, String folded) {
                Object[] l = last;
                if (l[0] == text) return (Boolean) l[1];
                boolean holds = inner.holds(text, folded);
                last = new Object[] {text, holds};
                return holds;
            }
        };
        return new Guard(remembering, folds, words);
    }

    Guard and(Guard other) {
        return new Guard((t, f) -> check.holds(t, f) && other.check.holds(t, f), folds || other.folds, union(words, other.words));
    }

    Guard or(Guard other) {
        return new Guard((t, f) -> check.holds(t, f) || other.check.holds(t, f), folds || other.folds, union(words, other.words));
    }

    private static String[] union(String[] a, String[] b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray(String[]::new);
    }

    /** Whether the pattern may match {@code text} (always, while the shortcuts are off). */
    boolean test(String text) {
        return Prefilter.off() || check.holds(text, folds ? Prefilter.fold(text) : null);
    }

    /**
     * As {@link #test(String)}, with the text's fold given: {@link Prefilter#fold}, {@link Prefilter#foldNow} for a
     * short text folded once, or a lower-cased copy (a word of the lower-cased text is one of the fold too).
     */
    boolean test(String text, String folded) {
        return Prefilter.off() || check.holds(text, folded);
    }

    /** Whether the check reads the case-folded text. */
    boolean folds() {
        return folds;
    }

    /** The words the guard looks for (a copy). */
    String[] words() {
        return words.clone();
    }
}
