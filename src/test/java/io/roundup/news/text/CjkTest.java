package io.roundup.news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkTest {

    @Test
    void tableAgreesWithUnicodeScriptEverywhere() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Cjk.isCjk(cp) != RandomText.isCjkByScript(cp)) throw new AssertionError("U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void hanKanaAndHangulAreCjkLatinAndPunctuationAreNot() {
        assertThat(Cjk.isCjk('智')).isTrue();
        assertThat(Cjk.isCjk('ア')).isTrue();
        assertThat(Cjk.isCjk('한')).isTrue();
        assertThat(Cjk.isCjk(0x20000)).as("Han outside the BMP").isTrue();
        assertThat(Cjk.isCjk('a')).isFalse();
        assertThat(Cjk.isCjk('，')).as("a full-width comma is punctuation").isFalse();
    }
}
