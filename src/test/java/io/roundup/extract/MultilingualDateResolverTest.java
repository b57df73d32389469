package io.roundup.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates of Chinese and German news resolved against the publication day (issue 6). */
class MultilingualDateResolverTest {

    private static final LocalDate PUB = LocalDate.of(2026, 1, 9); // a Friday
    private final DateResolver r = new DateResolver(PUB);

    private LocalDate day(String text) {
        return r.resolve(text, null, StatusLexicon.isFuture(text));
    }

    @Test
    void chinese() {
        assertThat(day("昨日，Mistral AI宣布")).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(day("昨天完成融资")).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(day("本月2日，月之暗面宣布")).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(day("1月8日，智谱正式登陆港交所")).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(day("2025年12月31日，月之暗面")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(day("MiniMax于9日在港交所挂牌")).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(day("周二，xAI宣布")).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(day("上周五，公司完成融资")).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(day("2025年12月，公司完成融资")).isNull();
        assertThat(day("近日完成融资")).isNull();
        assertThat(day("上月15日完成融资")).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(day("去年12月31日")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(day("上周完成融资")).isNull();
        assertThat(day("本月完成融资")).isNull();
    }

    @Test
    void german() {
        assertThat(day("am Dienstag gab xAI bekannt")).isEqualTo(LocalDate.of(2026, 1, 6));
        // "vergangenen"/"letzten" is the previous calendar week, as "last Thursday" and "上周四"
        assertThat(day("am vergangenen Donnerstag")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(day("am letzten Montag")).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(day("am Donnerstag")).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(day("am kommenden Dienstag")).isEqualTo(LocalDate.of(2026, 1, 13));
        assertThat(day("vorgestern")).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(day("letzte Woche")).isNull();
        assertThat(day("im vergangenen Monat")).isNull();
        assertThat(day("am 9. September 2025 teilte Mistral mit")).isEqualTo(LocalDate.of(2025, 9, 9));
        assertThat(day("am 30.12.2025")).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(day("gestern")).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(day("am letzten Tag des Jahres 2025")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(day("vergangene Woche")).isNull();
        assertThat(day("Mitte Dezember 2025")).isNull();
        assertThat(day("im September 2025")).isNull();
    }

    @Test
    void germanAnchorRelative() {
        LocalDate anchor = LocalDate.of(2025, 9, 9);
        assertThat(r.resolve("am Vortag", anchor, false)).isEqualTo(LocalDate.of(2025, 9, 8));
        assertThat(r.resolve("am Tag darauf", anchor, false)).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(r.resolve("次日", anchor, false)).isEqualTo(LocalDate.of(2025, 9, 10));
    }

    @Test
    void germanOrdinalDateDoesNotEndASentence() {
        assertThat(SentenceSplitter.split("Mistral gab am 9. September 2025 eine Runde über 1,7 Mrd. Euro bekannt. Sie wurde von ASML angeführt."))
                .hasSize(2);
    }
}
