package io.roundup.extract;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Status words and hedges of English, Chinese and German news (issue 6). */
class MultilingualStatusLexiconTest {

    private static EventStatus round(String s) {
        return StatusLexicon.classify(s, EventType.FUNDING_ROUND);
    }

    @Test
    void completed() {
        assertThat(round("X closed a $1bn round")).isEqualTo(EventStatus.COMPLETED);
        assertThat(round("X secured $1bn")).isEqualTo(EventStatus.COMPLETED);
        assertThat(round("X宣布完成10亿元融资")).isEqualTo(EventStatus.COMPLETED);
        assertThat(round("X获得10亿元融资")).isEqualTo(EventStatus.COMPLETED);
        assertThat(round("X hat die Finanzierungsrunde abgeschlossen")).isEqualTo(EventStatus.COMPLETED);
        assertThat(round("X hat 500 Mio. Euro eingesammelt")).isEqualTo(EventStatus.COMPLETED);
        assertThat(round("X erhält 500 Mio. Euro")).isEqualTo(EventStatus.COMPLETED);
        assertThat(StatusLexicon.classify("X hat WalkMe übernommen", EventType.ACQUISITION)).isEqualTo(EventStatus.COMPLETED);
        assertThat(StatusLexicon.classify("摩尔线程昨日登陆上交所科创板", EventType.IPO)).isEqualTo(EventStatus.COMPLETED);
    }

    @Test
    void announced() {
        assertThat(StatusLexicon.classify("X agreed to buy Y", EventType.ACQUISITION)).isEqualTo(EventStatus.ANNOUNCED);
        assertThat(StatusLexicon.classify("X priced its IPO at $40", EventType.IPO)).isEqualTo(EventStatus.ANNOUNCED);
        assertThat(round("X宣布10亿元融资")).isEqualTo(EventStatus.ANNOUNCED);
        assertThat(round("X签署投资协议")).isEqualTo(EventStatus.ANNOUNCED);
        assertThat(round("X hat eine Finanzierung angekündigt")).isEqualTo(EventStatus.ANNOUNCED);
        assertThat(round("X hat eine Finanzierung vereinbart")).isEqualTo(EventStatus.ANNOUNCED);
        assertThat(StatusLexicon.classify("SAP übernimmt WalkMe", EventType.ACQUISITION)).isEqualTo(EventStatus.ANNOUNCED);
    }

    @Test
    void planned() {
        assertThat(round("X plans to raise $1bn")).isEqualTo(EventStatus.PLANNED);
        assertThat(StatusLexicon.classify("X filed for an IPO", EventType.IPO)).isEqualTo(EventStatus.PLANNED);
        assertThat(round("X计划融资10亿元")).isEqualTo(EventStatus.PLANNED);
        assertThat(round("X拟融资10亿元")).isEqualTo(EventStatus.PLANNED);
        assertThat(StatusLexicon.classify("X递交招股书", EventType.IPO)).isEqualTo(EventStatus.PLANNED);
        assertThat(round("X plant eine Finanzierungsrunde")).isEqualTo(EventStatus.PLANNED);
        assertThat(round("X will 500 Mio. Euro aufnehmen")).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void inTalks() {
        assertThat(round("X is in discussions with investors")).isEqualTo(EventStatus.IN_TALKS);
        assertThat(round("X正在洽谈新一轮融资")).isEqualTo(EventStatus.IN_TALKS);
        assertThat(round("X正在谈判融资")).isEqualTo(EventStatus.IN_TALKS);
        assertThat(round("X ist in Gesprächen über eine Finanzierung")).isEqualTo(EventStatus.IN_TALKS);
        assertThat(round("X verhandelt über eine Finanzierung")).isEqualTo(EventStatus.IN_TALKS);
    }

    @Test
    void reported() {
        assertThat(round("X raised $1bn, according to people familiar with the matter")).isEqualTo(EventStatus.REPORTED);
        assertThat(round("据报道，X完成融资")).isEqualTo(EventStatus.REPORTED);
        assertThat(round("知情人士称X完成融资")).isEqualTo(EventStatus.REPORTED);
        assertThat(round("Berichten zufolge hat X 500 Mio. eingesammelt")).isEqualTo(EventStatus.REPORTED);
        assertThat(round("Laut Insidern hat X 500 Mio. eingesammelt")).isEqualTo(EventStatus.REPORTED);
    }

    @Test
    void negativeStatements() {
        assertThat(StatusLexicon.isNegative("X hat keine neue Finanzierung erhalten")).isTrue();
        assertThat(StatusLexicon.isNegative("X尚未完成融资")).isTrue();
        assertThat(StatusLexicon.isNegative("X hat 500 Mio. Euro eingesammelt")).isFalse();
    }
}
