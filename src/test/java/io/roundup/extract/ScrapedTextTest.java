package io.roundup.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScrapedTextTest {

    @Test
    void markdownLinksKeepTheirWordsAndLoseTheirAddresses() {
        assertThat(ScrapedText.clean("See [Pinecrest's round](https://example.com/pinecrest-raises-50m-series-b) for more."))
                .isEqualTo("See Pinecrest's round for more.");
        assertThat(ScrapedText.clean("Source: https://example.org/news/acme-raises-90m?ref=rss today"))
                .isEqualTo("Source:  today");
    }

    @Test
    void wordsGluedWhereLinksWereStrippedGetTheirSpaceBack() {
        assertThat(ScrapedText.clean("Nvelo hasraised $20 million,led by Sequoia.")).isEqualTo("Nvelo has raised $20 million, led by Sequoia.");
        assertThat(ScrapedText.clean("the robotics startupTorvik said")).isEqualTo("the robotics startup Torvik said");
        assertThat(ScrapedText.clean("a $5 million round.The company")).isEqualTo("a $5 million round. The company");
    }

    @Test
    void namesWithDotsDecimalsAndCleanTextStayAsTheyAre() {
        String clean = "Z.ai and 01.AI raised 4.5 billion yuan, X.AI said; iPhone maker, OpenAI.";
        assertThat(ScrapedText.clean(clean)).isSameAs(clean);
        assertThat(ScrapedText.clean("1,000 shares, 2,5 Mrd.")).isEqualTo("1,000 shares, 2,5 Mrd.");
    }

    @Test
    void markdownMarksAndImagesGo() {
        assertThat(ScrapedText.clean("## Apptronik: $520M\n![banner](https://example.com/a.jpg) **[Figure](https://example.com/f)** remains"))
                .isEqualTo("Apptronik: $520M\n Figure remains");
    }

    @Test
    void namesGluedToTheWordsAroundThem() {
        assertThat(ScrapedText.clean("Paris-based Mistral AIhas closed a round led byAndreessen Horowitz, includingDST Global."))
                .isEqualTo("Paris-based Mistral AI has closed a round led by Andreessen Horowitz, including DST Global.");
        assertThat(ScrapedText.clean("NASA and OpenAI, by Sam")).isEqualTo("NASA and OpenAI, by Sam");
    }

    @Test
    void asciiPunctuationBetweenChineseCharactersBecomesFullWidth() {
        assertThat(ScrapedText.clean("地平線機器人(9660)今日上市,集資54億港元;市值:500億")).isEqualTo("地平線機器人(9660)今日上市，集資54億港元；市值：500億");
        assertThat(ScrapedText.clean("1,000 shares, 2 bn")).isEqualTo("1,000 shares, 2 bn");
    }
}
