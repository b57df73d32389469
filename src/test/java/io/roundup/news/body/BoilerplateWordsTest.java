package io.roundup.news.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateWordsTest {

    private final BoilerplateWords words = new BoilerplateWords();

    private int flags(String attribute, String value) {
        return words.flags(new Element("div").attr(attribute, value));
    }

    @Test
    void wholeTokensSubstringsAndCamelCaseSayWhatABoxIs() {
        int relatedFlags = BoilerplateWords.BOILERPLATE | BoilerplateWords.NEVER_ARTICLE;
        assertThat(flags("class", "related-stories")).isEqualTo(relatedFlags);
        assertThat(flags("id", "relatedArticles")).as("camelCase split").isEqualTo(relatedFlags);
        assertThat(flags("class", "socialshare")).as("a substring inside a token").isEqualTo(BoilerplateWords.BOILERPLATE);
        assertThat(flags("class", "photo")).isEqualTo(BoilerplateWords.PICTURE_BOX);
        assertThat(flags("class", "article-content")).isZero();
        assertThat(flags("class", "tooltip")).as("tools and toolbar are whole tokens").isZero();
    }

    @Test
    void signatureSplitsCamelCaseAndLowerCases() {
        assertThat(BoilerplateWords.signature(new Element("div").attr("id", "mainStory").attr("class", "Lead BigText")))
                .isEqualTo("main-story lead big-text");
        assertThat(BoilerplateWords.signature(new Element("div"))).isEmpty();
    }
}
