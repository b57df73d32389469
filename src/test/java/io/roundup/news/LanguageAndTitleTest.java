package io.roundup.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageAndTitleTest {

    @Test
    void languages() {
        assertEquals("zh", Language.guess("智谱于1月8日在香港联合交易所正式挂牌上市，成为全球首家上市的大模型公司。"));
        assertEquals("zh", Language.guess("Zhipu（02513.HK）于1月8日在香港联合交易所正式挂牌上市，发行价116.2港元。"));
        assertEquals("de", Language.guess("Das Unternehmen hat in einer neuen Finanzierungsrunde mehr als 500 Millionen "
                + "Dollar eingesammelt, wie es am Freitag mitteilte."));
        assertEquals("en", Language.guess("The company said on Friday it had raised $300 million in a round led by Sequoia."));
        assertEquals("en", Language.guess("Mercedes-Benz und BMW: the German carmakers said that the deal is off."));
        assertEquals("ja", Language.guess("ソフトバンクは、オープンAIに追加で出資すると発表した。"));
        assertEquals("en", Language.guess(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Acme AI raises $300 million | Tech Ledger;;Acme AI raises $300 million",
            "Acme AI raises $300 million - Reuters;;Acme AI raises $300 million",
            "Acme AI raises $300 million – The Financial Times;;Acme AI raises $300 million",
            "Acme AI raises $300 million | Business | The Guardian;;Acme AI raises $300 million",
            "Zhipu IPO - what it means for investors;;Zhipu IPO - what it means for investors",
            "Acme AI raises money - a tech ledger;a tech ledger;Acme AI raises money",
            "Tech Ledger | Acme AI raises money;Tech Ledger;Acme AI raises money",
            "Acme | Tech;;Acme | Tech",
            "Opinion | Republicans Are Following Trump to Nowhere;;Republicans Are Following Trump to Nowhere"})
    void titleCleaning(String raw, String site, String expected) {
        assertEquals(expected, Titles.clean(raw, site));
    }

    @Test
    void titleWhitespace() {
        assertEquals("Acme AI raises", Titles.clean("  Acme \u00a0 AI\n raises ", null));
    }

    @Test
    void titleSources() {
        assertEquals("From og", Titles.of(Jsoup.parse(
                "<meta property='og:title' content='From og | Site'><title>From title</title><h1>From h1</h1>")));
        assertEquals("From h1", Titles.of(Jsoup.parse("<title>From title - Site</title><h1>From h1</h1>")));
        assertEquals("From title", Titles.of(Jsoup.parse("<title>From title - Site</title>")));
        assertEquals("", Titles.of(Jsoup.parse("<p>x</p>")));
        // a logo or site-name h1 is not the headline when the <title> says otherwise
        assertEquals("Acme AI raises $300 million", Titles.of(Jsoup.parse(
                "<title>Acme AI raises $300 million - Entermedia</title><h1><img alt=logo></h1><h1>Entermedia news</h1>"
                        + "<h1>Acme AI raises $300 million</h1>")));
        assertEquals("From title", Titles.of(Jsoup.parse(
                "<meta property='og:title' content='Site'><meta property='og:site_name' content='Site'>"
                        + "<title>From title | Site</title>")));
    }
}
