package io.roundup.news.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.roundup.news.text.TextBlock;
import org.junit.jupiter.api.Test;

class BlockFilterTest {

    private static final String TITLE = "Acme AI raises $300 million";
    private static final String PARAGRAPH = "Acme AI said on Friday it had raised money from a group of investors.";

    private final BlockFilter filter = new BlockFilter(line -> line.equals("January 9, 2026"));

    private static TextBlock p(String text) {
        return new TextBlock(text, 0, "p");
    }

    private List<String> kept(List<TextBlock> blocks) {
        return filter.filter(blocks, TITLE).stream().map(TextBlock::text).toList();
    }

    @Test
    void furnitureSubscribeCallsDatelinesHeadlinesLinksAndRepeatsGo() {
        List<TextBlock> blocks = List.of(p(PARAGRAPH), p("Advertisement"), p("Sign up for our daily newsletter"),
                p("January 9, 2026"), new TextBlock("ACME AI RAISES $300 MILLION", 0, "h2"),
                new TextBlock("Markets Tech World", 18, "p"), new TextBlock("Investors: Sequoia China", 15, "li"),
                p(PARAGRAPH), p("Short line."), p("Short line."), p("© 2026 Acme Media"));
        assertThat(kept(blocks)).containsExactly(PARAGRAPH, "Investors: Sequoia China", "Short line.", "Short line.");
    }

    @Test
    void theHeadlineInOtherWordsGoesOnlyBeforeTheFirstParagraph() {
        String restated = "Acme AI has raised $300 million, says report";
        String again = "Acme AI raised $300 million, the report says";
        assertThat(kept(List.of(p(restated), p(PARAGRAPH), p(again)))).containsExactly(PARAGRAPH, again);
    }

    @Test
    void aLongLineIsNoFurnitureUnlessItStartsAsOpenEndedFurniture() {
        String longCopyright = "Copyright " + "x".repeat(300);
        String longPhoto = "Photo: " + "x".repeat(300);
        assertThat(BlockFilter.mayBeFurniture(longCopyright)).isTrue();
        assertThat(BlockFilter.mayBeFurniture(longPhoto)).isFalse();
        assertThat(kept(List.of(p(longCopyright), p(longPhoto)))).containsExactly(longPhoto);
    }
}
