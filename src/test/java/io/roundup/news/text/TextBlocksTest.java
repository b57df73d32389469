package io.roundup.news.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    @Test
    void prefixReadsTextAsTextDoesAndStopsAtTheLimit() {
        Element body = Jsoup.parse("<body><h1>Head\u00a0line</h1><div>one<b>two</b>  <script>var x;</script>"
                + "<p>three\n\n four</p><style>p{}</style>five<br>six</div></body>").body();
        assertThat(TextBlocks.prefix(body, 1000)).isEqualTo(body.text()).isEqualTo("Head line onetwo three four five six");
        assertThat(TextBlocks.prefix(body, 9)).isEqualTo("Head line");
        assertThat(TextBlocks.prefix(body, 12)).isEqualTo("Head line on");
        assertThat(TextBlocks.prefix(Jsoup.parse("<body> \n </body>").body(), 10)).isEmpty();
        assertThat(TextBlocks.prefix(null, 10)).isEmpty();
    }
}
