package io.roundup.extract;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern together with its speed shortcuts, declared in one place: the {@link Guard} without which it cannot
 * match, and optionally where in a text it need be tried ({@link Prefilter.Tries}: near some words, or at some
 * chars). Matches are those of the bare pattern, or those of them a rule keeps ({@code PrefilterTest} runs every
 * guarded pattern with and without its shortcuts, see {@link Prefilter#withoutGuards}).
 */
final class GuardedPattern {

    /** Every guarded pattern made, for the test that runs each without its shortcuts. */
    private static final List<GuardedPattern> ALL = new CopyOnWriteArrayList<>();

    private final Pattern pattern;
    private final Guard guard;
    /** Where the pattern is tried when its guard holds; null: everywhere. */
    private final Prefilter.Tries tries;
    /** The pattern's English alternatives alone, run instead when {@link #otherLanguages} fails; null when none. */
    private final GuardedPattern english;
    private final Guard otherLanguages;
    /** Which matches count (the guard need hold only for those); null: all. */
    private final Predicate<MatchResult> keep;
    /** The class that made it, for messages. */
    private final String owner;

    private GuardedPattern(Pattern pattern, Guard guard, Prefilter.Tries tries, GuardedPattern english, Guard otherLanguages,
                           Predicate<MatchResult> keep) {
        this.owner = StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(c -> !c.equals(GuardedPattern.class.getName())).findFirst().orElse("?"));
        this.pattern = pattern;
        this.guard = guard;
        this.tries = tries;
        this.english = english;
        this.otherLanguages = otherLanguages;
        this.keep = keep;
        ALL.add(this);
    }

    static GuardedPattern of(String regex, Guard guard) {
        return new GuardedPattern(Pattern.compile(regex), guard, null, null, null, null);
    }

    /** A pattern tried only where {@code tries} says a match can start. */
    static GuardedPattern of(String regex, Guard guard, Prefilter.Tries tries) {
        return new GuardedPattern(Pattern.compile(regex), guard, tries, null, null, null);
    }

    /** A pattern whose matches count only when {@code keep} accepts them; {@code guard} holds for every one kept. */
    static GuardedPattern keeping(String regex, Predicate<MatchResult> keep, Guard guard) {
        return new GuardedPattern(Pattern.compile(regex), guard, null, null, null, keep);
    }

    /** A pattern every match of which holds a word of its guard at most {@code lead} chars after its start. */
    static GuardedPattern of(String regex, Guard guard, int lead) {
        return of(regex, guard, new Prefilter.Near(guard.words(), lead));
    }

    /**
     * The English pattern {@code english} followed by the alternatives {@code others} (German, Chinese), every one of
     * which needs {@code otherLanguages}: a text without it can match only the English part, which is then run alone
     * (the same matches, fewer tries). {@code guard} is the whole pattern's, {@code tries} null or where it is tried.
     */
    static GuardedPattern withOthers(GuardedPattern english, String others, Guard guard, Guard otherLanguages, Prefilter.Tries tries) {
        return new GuardedPattern(Pattern.compile(english.pattern.pattern() + others), guard, tries, english, otherLanguages, null);
    }

    /** Every guarded pattern made so far (those of the classes loaded). */
    static List<GuardedPattern> all() {
        return List.copyOf(ALL);
    }

    Pattern pattern() {
        return pattern;
    }

    /** The name of the class that made it. */
    String owner() {
        return owner;
    }

    /** Whether the pattern may match the text: false when its guard shows it cannot. */
    boolean mayMatch(String text) {
        return guard.test(text);
    }

    /** Whether the pattern matches somewhere in the text. */
    boolean find(String text) {
        return finder(text).find();
    }

    /** As {@link #find(String)}, with the text's fold given (see {@link Guard#test(String, String)}). */
    boolean find(String text, String folded) {
        return finder(text, folded).find();
    }

    /** The matches of the pattern in the text, as {@link Matcher#find()} gives them. */
    Finder finder(String text) {
        return finder(text, null);
    }

    /** As {@link #finder(String)}, with the text's fold given, or null to fold it here when needed. */
    Finder finder(String text, String folded) {
        if (Prefilter.off()) return new Finder(pattern.matcher(text), text, null, null, keep);
        if (folded == null && (guard.folds() || tries != null && tries.folds() || english != null)) folded = Prefilter.fold(text);
        if (!guard.test(text, folded)) return Finder.NONE;
        if (english != null && !otherLanguages.test(text, folded)) return english.triedFinder(text, folded);
        return triedFinder(text, folded);
    }

    /** The matches, the guard known to hold. */
    private Finder triedFinder(String text, String folded) {
        if (tries == null) return new Finder(pattern.matcher(text), text, null, null, keep);
        return new Finder(Prefilter.startsChecked(pattern, text), text, folded, tries, keep);
    }

    @Override
    public String toString() {
        return owner + ": " + pattern.pattern();
    }

    /** The matches of a guarded pattern in a text, one at a time; the current one is read as a {@link MatchResult}. */
    static final class Finder implements MatchResult {

        /** No match: the guard failed. */
        private static final Finder NONE = new Finder(null, null, null, null, null);

        private final Matcher m;
        private final String text;
        private final String folded;
        private final Prefilter.Tries tries;
        private final Predicate<MatchResult> keep;
        private int from;

        private Finder(Matcher m, String text, String folded, Prefilter.Tries tries, Predicate<MatchResult> keep) {
            this.m = m;
            this.text = text;
            this.folded = folded;
            this.tries = tries;
            this.keep = keep;
        }

        /** The next match, as {@link Matcher#find()}. */
        boolean find() {
            while (next()) if (keep == null || keep.test(m)) return true;
            return false;
        }

        /** The first match starting at or after {@code start}, as {@link Matcher#find(int)}. */
        boolean find(int start) {
            if (m == null) return false;
            if (tries == null) {
                if (!m.find(start)) return false;
                return keep == null || keep.test(m) || find();
            }
            from = start;
            return find();
        }

        /** The next match, kept or not. */
        private boolean next() {
            if (m == null) return false;
            if (tries == null) return m.find();
            if (from > text.length() || !tries.next(m, text, folded, from)) {
                from = text.length() + 1;
                return false;
            }
            // as find(): after an empty match the next one starts a char later
            from = m.end() == m.start() ? m.end() + 1 : m.end();
            return true;
        }

        @Override
        public int start() {
            return matcher().start();
        }

        @Override
        public int start(int group) {
            return matcher().start(group);
        }

        @Override
        public int end() {
            return matcher().end();
        }

        @Override
        public int end(int group) {
            return matcher().end(group);
        }

        @Override
        public String group() {
            return matcher().group();
        }

        @Override
        public String group(int group) {
            return matcher().group(group);
        }

        @Override
        public int groupCount() {
            return matcher().groupCount();
        }

        private Matcher matcher() {
            if (m == null) throw new IllegalStateException("No match available: the guard failed");
            return m;
        }
    }
}
