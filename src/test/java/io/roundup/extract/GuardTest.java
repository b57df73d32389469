package io.roundup.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of guard and each way of trying a pattern, on texts made to sit just inside and just outside them. */
class GuardTest {

    /** The spans {@code g} finds, "start-end" each. */
    static List<String> spans(GuardedPattern g, String text) {
        List<String> out = new ArrayList<>();
        GuardedPattern.Finder f = g.finder(text);
        while (f.find()) out.add(f.start() + "-" + f.end());
        return out;
    }

    /** The spans the bare pattern finds. */
    static List<String> bareSpans(GuardedPattern g, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = g.pattern().matcher(text);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }

    @Test
    void foldIsHowCaseInsensitivePatternsCompare() {
        assertThat(Prefilter.fold("BÖRSENGANG Series-B")).isEqualTo("börsengang series-b");
        assertThat(Prefilter.fold("ſ")).isEqualTo("s"); // folds as (?iu) compares: the long s matches "s"
        assertThat(Prefilter.foldNow("ÜBER")).isEqualTo("über");
    }

    @Test
    void wordsAreLookedForCaseFolded() {
        Guard g = Guard.words("round", "轮");
        assertThat(g.test("a Series B ROUND")).isTrue();
        assertThat(g.test("B轮融资")).isTrue();
        assertThat(g.test("a Series B")).isFalse();
        assertThat(g.folds()).isTrue();
    }

    @Test
    void wordsAsWrittenKeepTheirCase() {
        Guard g = Guard.wordsAsWritten("Mrd", "-led");
        assertThat(g.test("1,7 Mrd. Euro")).isTrue();
        assertThat(g.test("1,7 MRD. Euro")).isFalse();
        assertThat(g.test("an Accel-led round")).isTrue();
        assertThat(g.folds()).isFalse();
    }

    @Test
    void wordStartsNeedNoAsciiLetterBefore() {
        Guard g = Guard.wordStarts("round");
        assertThat(g.test("an Around")).isFalse();
        assertThat(g.test("a C-round")).isTrue();
        assertThat(g.test("Round two")).isTrue();
        assertThat(g.test("背景round")).isTrue(); // a Han char is no ASCII letter
    }

    @Test
    void wholeWordsNeedNoWordCharOnEitherSide() {
        Guard g = Guard.wholeWords("closed");
        assertThat(g.test("it disclosed")).isFalse();
        assertThat(g.test("it closed_")).isFalse();
        assertThat(g.test("it CLOSED.")).isTrue();
        assertThat(g.test("closed")).isTrue();
        Guard months = Guard.wholeWordsAsWritten("May");
        assertThat(months.test("on May 5")).isTrue();
        assertThat(months.test("it may rain")).isFalse();
        assertThat(months.test("Mayor Smith")).isFalse();
    }

    @Test
    void scriptsDigitsAndConditionsOfTheirOwn() {
        assertThat(Guard.cjk().test("Zhipu 智谱")).isTrue();
        assertThat(Guard.cjk().test("Zhipu")).isFalse();
        assertThat(Guard.digit().test("Series B")).isFalse();
        assertThat(Guard.digit().test("$5m")).isTrue();
        Guard ownCondition = Guard.onFolded(f -> f.startsWith("acme"));
        assertThat(ownCondition.test("ACME raised")).isTrue();
        assertThat(ownCondition.test("Beta raised")).isFalse();
        assertThat(Guard.ALWAYS.test("")).isTrue();
    }

    @Test
    void guardsCombine() {
        Guard g = Guard.digit().and(Guard.words("usd")).or(Guard.cjk());
        assertThat(g.test("USD 5m")).isTrue();
        assertThat(g.test("USD five")).isFalse();
        assertThat(g.test("五亿")).isTrue();
        assertThat(g.folds()).isTrue();
        assertThat(g.words()).containsExactly("usd");
        assertThat(Guard.words("a", "b").or(Guard.words("b", "c")).words()).containsExactly("a", "b", "c");
    }

    @Test
    void aSharedGuardAnswersAsItsGuard() {
        Guard shared = Guard.wordsAsWritten("May").shared();
        String text = "in May";
        assertThat(shared.test(text)).isTrue();
        assertThat(shared.test(text)).isTrue();
        assertThat(shared.test("in June")).isFalse();
        assertThat(shared.test(new String(text))).isTrue();
    }

    @Test
    void theSwitchMakesEveryGuardHold() {
        Guard never = Guard.onFolded(f -> false);
        assertThat(never.test("anything")).isFalse();
        assertThat(Prefilter.withoutGuards(() -> never.test("anything"))).isTrue();
        assertThat(Prefilter.off()).isFalse();
        GuardedPattern g = GuardedPattern.of("led by", never);
        assertThat(g.find("led by Accel")).isFalse();
        assertThat(Prefilter.withoutGuards(() -> g.find("led by Accel"))).isTrue();
    }

    @Test
    void aGuardedPatternFindsWhatItsPatternFindsWhereItsGuardHolds() {
        GuardedPattern g = GuardedPattern.of("(?i)\\bled\\s+by\\b", Guard.words("led"));
        String text = "LED BY Accel, then led  by Index";
        assertThat(spans(g, text)).isEqualTo(bareSpans(g, text)).hasSize(2);
        assertThat(spans(g, "guided by Accel")).isEmpty();
        GuardedPattern.Finder f = g.finder(text);
        assertThat(f.find(1)).isTrue();
        assertThat(f.group()).isEqualTo("led  by");
        assertThat(GuardedPattern.of("x", Guard.words("y")).finder("x").find(0)).isFalse();
    }

    @Test
    void nearTriesOnlyCloseBeforeTheWords() {
        // every match holds "round" at most 11 chars after its start ("investment round")
        GuardedPattern g = GuardedPattern.of("(?i)\\b(?:investment |funding )?round\\b", Guard.words("round"), 11);
        String text = "an investment round, a funding ROUND and a round";
        assertThat(spans(g, text)).isEqualTo(bareSpans(g, text)).hasSize(3);
        GuardedPattern.Finder f = g.finder(text);
        assertThat(f.find(20)).isTrue();
        assertThat(f.group()).isEqualTo("funding ROUND");
    }

    @Test
    void aLeadTooShortMissesMatches() {
        // the test that runs every guarded pattern without its shortcuts catches a lead written too short
        GuardedPattern tooShort = GuardedPattern.of("(?i)\\binvestment round\\b", Guard.words("round"), 3);
        assertThat(spans(tooShort, "an investment round")).isEmpty();
        assertThat(bareSpans(tooShort, "an investment round")).hasSize(1);
    }

    @Test
    void aGuardMissingAnAlternativeMissesItsMatches() {
        // "lead:" once had no word in the guard of LEAD_BY: the same test catches it
        GuardedPattern missing = GuardedPattern.of("(?i)\\bled by\\b|\\blead:", Guard.words("by"));
        assertThat(spans(missing, "lead: Accel")).isEmpty();
        assertThat(bareSpans(missing, "lead: Accel")).hasSize(1);
    }

    @Test
    void startsTriesOnlyWhereAMatchCanStart() {
        GuardedPattern g = GuardedPattern.of("[A-Z][a-z]+", Guard.ALWAYS, Prefilter.Tries.at((t, i) -> Character.isUpperCase(t.charAt(i))));
        String text = "Acme and Beta, not gamma";
        assertThat(spans(g, text)).isEqualTo(bareSpans(g, text)).containsExactly("0-4", "9-13");
    }

    @Test
    void anEmptyMatchMovesOnAsFindDoes() {
        GuardedPattern g = GuardedPattern.of("(?=b)|a+", Guard.ALWAYS, Prefilter.Tries.at((t, i) -> true));
        assertThat(spans(g, "baab")).isEqualTo(bareSpans(g, "baab")).containsExactly("0-0", "1-3", "3-3");
    }

    @Test
    void theEnglishPartRunsAloneWithoutTheOtherLanguages() {
        GuardedPattern english = GuardedPattern.of("(?i)\\bfunding round\\b", Guard.words("round"), 8);
        GuardedPattern all = GuardedPattern.withOthers(english, "|融资|Finanzierungsrunde", Guard.words("round", "融资", "finanz"),
                Guard.cjk().or(Guard.words("finanz")), null);
        for (String text : List.of("a funding round", "a funding round and 融资", "eine Finanzierungsrunde, a funding round", "nothing")) {
            assertThat(spans(all, text)).as(text).isEqualTo(bareSpans(all, text));
        }
        assertThat(spans(all, "eine Finanzierungsrunde")).hasSize(1);
        assertThat(all.pattern().pattern()).isEqualTo("(?i)\\bfunding round\\b|融资|Finanzierungsrunde");
    }

    @Test
    void aGuardNeedHoldOnlyForTheMatchesKept() {
        // a bare number matches, but only one with a Chinese currency word is kept, and that needs Chinese script
        GuardedPattern g = GuardedPattern.keeping("(\\d+)(元)?", m -> m.group(2) != null, Guard.cjk());
        assertThat(spans(g, "5 and 30元 and 7")).containsExactly("6-9");
        assertThat(Prefilter.withoutGuards(() -> spans(g, "5 and 30元 and 7"))).containsExactly("6-9");
        assertThat(spans(g, "5 and 7")).isEmpty();
        GuardedPattern.Finder f = g.finder("1元 2 3元");
        assertThat(f.find(1)).isTrue();
        assertThat(f.group()).isEqualTo("3元");
    }

    @Test
    void aPatternKnowsWhoMadeIt() {
        GuardedPattern g = GuardedPattern.of("x", Guard.ALWAYS);
        assertThat(g.owner()).isEqualTo(GuardTest.class.getName());
        assertThat(g.toString()).isEqualTo(GuardTest.class.getName() + ": x");
    }
}
