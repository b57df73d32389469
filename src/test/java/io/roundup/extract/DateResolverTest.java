package io.roundup.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateResolverTest {

    private final DateResolver r = new DateResolver(LocalDate.of(2026, 1, 9)); // a Friday

    @Test
    void absoluteForms() {
        assertThat(r.resolve("On January 8th, Beijing time, Zhipu listed", null, false)).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(r.resolve("on Jan. 6, 2026 it said", null, false)).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(r.resolve("on 3 March 2025", null, false)).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(r.resolve("dated 2024-10-02", null, false)).isEqualTo(LocalDate.of(2024, 10, 2));
        assertThat(r.resolve("于2026年1月8日在港交所上市", null, false)).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(r.resolve("1月8日上市", null, false)).isEqualTo(LocalDate.of(2026, 1, 8));
    }

    @Test
    void yearlessDateLongAfterPublicationIsLastYear() {
        assertThat(r.resolve("on December 15 it closed the round", null, false)).isEqualTo(LocalDate.of(2025, 12, 15));
    }

    @Test
    void yearBoundaries() {
        assertThat(r.resolve("on the last day of 2025", null, false)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(r.resolve("on the first day of 2026", null, false)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(r.resolve("on the last day of June 2025", null, false)).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void relativeToPublication() {
        assertThat(r.resolve("said yesterday", null, false)).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(r.resolve("will list tomorrow", null, true)).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(r.resolve("announced today", null, false)).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(r.resolve("said on Tuesday", null, false)).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(r.resolve("said on Friday", null, false)).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(r.resolve("shares will begin trading on Tuesday", null, true)).isEqualTo(LocalDate.of(2026, 1, 13));
        assertThat(r.resolve("昨日宣布", null, false)).isEqualTo(LocalDate.of(2026, 1, 8));
    }

    @Test
    void lastWeekdayIsTheWeekdayOfThePreviousCalendarWeek() {
        // r is a Friday page (9 Jan 2026): Thursday of this week is "on Thursday" or "yesterday", so "last Thursday" is 1 Jan
        assertThat(r.resolve("the company said last Thursday", null, false)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(r.resolve("announced last Monday", null, false)).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(r.resolve("closed the round last Sunday", null, false)).isEqualTo(LocalDate.of(2026, 1, 4));
        // against a Monday page the previous week's Thursday is four days back
        DateResolver monday = new DateResolver(LocalDate.of(2024, 7, 15));
        assertThat(monday.resolve("the two companies said last Thursday", null, false)).isEqualTo(LocalDate.of(2024, 7, 11));
        // against a Thursday page "last Thursday" is a week back, never the publication day
        DateResolver thursday = new DateResolver(LocalDate.of(2026, 1, 8));
        assertThat(thursday.resolve("said last Thursday", null, false)).isEqualTo(LocalDate.of(2026, 1, 1));
        // even in a sentence about the future "last" points back
        assertThat(r.resolve("will list after it priced the shares last Tuesday", null, true)).isEqualTo(LocalDate.of(2025, 12, 30));
    }

    @Test
    void bareWeekdayIsWithinTheLastSixDays() {
        assertThat(r.resolve("said on Thursday", null, false)).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(r.resolve("Acme said Thursday it had raised", null, false)).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(r.resolve("said on Saturday", null, false)).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(r.resolve("announced on Friday", null, false)).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(r.resolve("shares will begin trading next Thursday", null, true)).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void relativeToTheLastDateTold() {
        LocalDate anchor = LocalDate.of(2026, 1, 8);
        assertThat(r.resolve("slated to go public the following day", anchor, true)).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(r.resolve("the day before, it priced", anchor, false)).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(r.resolve("the following day", null, false)).isNull();
        assertThat(r.resolve("a day earlier it had filed", anchor, false)).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(r.resolve("on the same day", anchor, false)).isEqualTo(anchor);
    }

    @Test
    void absoluteOutsideBracketsBeatsRelativeInside() {
        assertThat(r.resolve("On January 6th, U.S. local time (the day before Zhipu's listing), xAI announced", LocalDate.of(2026, 1, 8), false))
                .isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void monthOnlyAndVagueDatesAreNull() {
        assertThat(r.resolve("in October 2025, OpenAI completed a round", null, false)).isNull();
        assertThat(r.resolve("last week the company raised", null, false)).isNull();
        assertThat(r.resolve("earlier this month", null, false)).isNull();
        assertThat(r.resolve("last month the company raised", null, false)).isNull();
        assertThat(r.resolve("in December, the company closed", null, false)).isNull();
        assertThat(r.resolve("in early January 2026", null, false)).isNull();
        assertThat(r.resolve("It may raise more", null, false)).isNull();
    }

    @Test
    void noPublicationDateMeansNoRelativeDates() {
        DateResolver none = new DateResolver(null);
        assertThat(none.resolve("said on Tuesday", null, false)).isNull();
        assertThat(none.resolve("on March 3, 2025", null, false)).isEqualTo(LocalDate.of(2025, 3, 3));
    }
}
