package io.roundup.news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void runsOfLettersAndDigitsLowerCasedOnce() {
        assertThat(Words.of("Acme AI raises $300 million — Acme's 2nd round")).containsExactlyInAnyOrder(
                "acme", "ai", "raises", "300", "million", "s", "2nd", "round");
        assertThat(Words.of("智谱 上市, Zhipu!")).containsExactlyInAnyOrder("智谱", "上市", "zhipu");
        assertThat(Words.of(" -- ")).isEmpty();
    }
}
