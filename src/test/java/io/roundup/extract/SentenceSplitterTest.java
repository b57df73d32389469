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

    @Test
    void listItemsAndLinesEndingLikeSentencesAreReadApart() {
        assertThat(texts("This week's rounds:\n- Axiomata raised $10 million\n- Bellweather closed a $22 million Series A\n"
                + "3. Corvid is seeking $50 million"))
                .containsExactly("This week's rounds:", "- Axiomata raised $10 million", "- Bellweather closed a $22 million Series A",
                        "3. Corvid is seeking $50 million");
        // a wrapped line is part of its sentence
        assertThat(texts("Acme raised $5 million in a round\nled by Foo Ventures.")).containsExactly("Acme raised $5 million in a round led by Foo Ventures.");
    }

    @Test
    void endlessSentencesAreCutBeforeTheRulesRunOnThem() {
        String blob = "word, ".repeat(400_000);
        List<String> s = texts(blob);
        assertThat(s).allSatisfy(x -> assertThat(x.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE));
        assertThat(String.join(" ", s).replace(" ", "").length()).isEqualTo(blob.replace(" ", "").length());
    }
}
