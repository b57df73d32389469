package io.roundup.news.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void everyKindOfSpaceIsOneSpaceBetweenWordsAndNoneAtTheEnds() {
        assertThat(Whitespace.normalize(" \u00a0one\u200b\t two\u202f\n\n three\ufeff ")).isEqualTo("one two three");
        assertThat(Whitespace.normalize("\u2007 ")).isEmpty();
    }

    @Test
    void normalizedLengthIsTheLengthOfNormalize() {
        RandomText random = new RandomText(42);
        for (int i = 0; i < 20_000; i++) {
            String s = random.string(30);
            assertEquals(Whitespace.normalize(s).length(), Whitespace.normalizedLength(s), s);
            assertEquals(Whitespace.normalize(s), Whitespace.normalize(new StringBuilder(s)), s);
        }
    }
}
