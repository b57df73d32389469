package io.roundup.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private static List<String> texts(String body) {
        return SentenceSplitter.split(body).stream().map(SentenceSplitter.Sentence::text).toList();
    }

    @Test
    void splitsParagraphsAndSentences() {
        List<SentenceSplitter.Sentence> s = SentenceSplitter.split("First one. Second one!\n\nThird? Fourth.");
        assertThat(s).extracting(SentenceSplitter.Sentence::text).containsExactly("First one.", "Second one!", "Third?", "Fourth.");
        assertThat(s).extracting(SentenceSplitter.Sentence::paragraph).containsExactly(0, 0, 1, 1);
    }

    @Test
    void keepsAbbreviationsDecimalsAndDottedNames() {
        assertThat(texts("The U.S. firm raised $4.348 billion. 01.AI did not. Anthropic Inc. said so."))
                .containsExactly("The U.S. firm raised $4.348 billion.", "01.AI did not.", "Anthropic Inc. said so.");
        assertThat(texts("It was led by T. Rowe Price. Then more.")).containsExactly("It was led by T. Rowe Price.", "Then more.");
    }

    @Test
    void sentenceStartingWithLowerCaseName() {
        assertThat(texts("Investors cheered. xAI raised $6 billion.")).containsExactly("Investors cheered.", "xAI raised $6 billion.");
    }

    @Test
    void chineseFullStops() {
        assertThat(texts("百川智能完成A轮融资。投后估值200亿元。")).containsExactly("百川智能完成A轮融资。", "投后估值200亿元。");
    }

    @Test
    void lineBreaksInsideAParagraphAreSpaces() {
        assertThat(texts("Zhipu raised\nHK$4.3 billion.")).containsExactly("Zhipu raised HK$4.3 billion.");
        assertThat(SentenceSplitter.split(null)).isEmpty();
    }
}
