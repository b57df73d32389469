package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Trigger words, round labels, investors, exchanges and tickers. */
class LexiconsTest {

    private static List<EventType> types(String clause) {
        return TriggerLexicon.find(clause).stream().map(TriggerLexicon.Trigger::type).toList();
    }

    @Test
    void triggers() {
        assertThat(types("Zhipu raised HK$4.348 billion through its IPO")).containsExactly(null, EventType.IPO);
        assertThat(types("Anthropic has closed a $3.5 billion Series E")).containsExactly(null, EventType.FUNDING_ROUND);
        assertThat(types("Salesforce agreed to acquire Informatica")).containsExactly(EventType.ACQUISITION);
        assertThat(TriggerLexicon.find("Tor, which had been acquired by St. Martin's").get(0).kind())
                .isEqualTo(TriggerLexicon.Kind.PASSIVE_ACQUISITION);
        assertThat(types("MiniMax is slated to go public the following day")).containsExactly(EventType.IPO);
        assertThat(types("the company lined up $5 billion of debt financing")).isEmpty();
        assertThat(types("百川智能宣布完成A轮融资")).contains(EventType.FUNDING_ROUND);
    }

    @Test
    void roundLabels() {
        assertThat(TriggerLexicon.roundLabel("a $13 billion Series F led by ICONIQ")).isEqualTo("Series F");
        assertThat(TriggerLexicon.roundLabel("closed a $2 billion seed round")).isEqualTo("seed");
        assertThat(TriggerLexicon.roundLabel("宣布完成A轮融资")).isEqualTo("Series A");
        assertThat(TriggerLexicon.roundLabel("a new funding round")).isNull();
    }

    @Test
    void leadInvestors() {
        CompanySpotter s = new CompanySpotter(CompanyRegistry.empty());
        String c1 = "raised $6.6 billion in a round led by Thrive Capital, with participation from Microsoft and Nvidia";
        assertThat(InvestorExtractor.leads(c1, s.find(c1))).containsExactly("Thrive Capital");
        String c2 = "ICONIQ led the round, with Fidelity Management & Research Company and Lightspeed Venture Partners acting as co-leads";
        assertThat(InvestorExtractor.leads(c2, s.find(c2)))
                .containsExactlyInAnyOrder("ICONIQ", "Fidelity Management & Research Company", "Lightspeed Venture Partners");
        String c3 = "a round co-led by Radical Ventures and Inovia Capital, giving the ChatGPT rival a lift";
        assertThat(InvestorExtractor.leads(c3, s.find(c3))).containsExactly("Radical Ventures", "Inovia Capital");
        String c4 = "Investors include Valor Equity Partners and Vy Capital";
        assertThat(InvestorExtractor.leads(c4, s.find(c4))).isEmpty();
        String c5 = "in a round that SoftBank would lead";
        assertThat(InvestorExtractor.leads(c5, s.find(c5))).containsExactly("SoftBank");
        String c6 = "月之暗面完成超过10亿美元的新一轮融资，由阿里巴巴领投";
        assertThat(InvestorExtractor.leads(c6, s.find(c6))).containsExactly("阿里巴巴");
        String c8 = "a $2 billion seed round led by a16z";
        assertThat(InvestorExtractor.leads(c8, s.find(c8))).containsExactly("a16z");
        String c7 = "公司未披露领投方";
        assertThat(InvestorExtractor.leads(c7, s.find(c7))).isEmpty();
    }

    @Test
    void exchangesAndTickers() {
        assertThat(ExchangeTicker.exchange("listing on the Hong Kong Stock Exchange")).isEqualTo("HKEX");
        assertThat(ExchangeTicker.exchange("trading on the Nasdaq Global Select Market")).isEqualTo("Nasdaq");
        assertThat(ExchangeTicker.exchange("on the New York Stock Exchange")).isEqualTo("NYSE");
        assertThat(ExchangeTicker.exchange("在港交所上市")).isEqualTo("HKEX");
        assertThat(ExchangeTicker.exchange("a new funding round")).isNull();
        assertThat(ExchangeTicker.tickerAt("Zhipu (02513.HK) made history", 0).code()).isEqualTo("2513");
        assertThat(ExchangeTicker.tickerAt("Zhipu (02513.HK) made history", 0).exchange()).isEqualTo("HKEX");
        assertThat(ExchangeTicker.tickerAt("CoreWeave (NASDAQ: CRWV) rose", 0).code()).isEqualTo("CRWV");
        assertThat(ExchangeTicker.tickerAt("under the ticker \"CRWV\"", 0).code()).isEqualTo("CRWV");
        assertThat(ExchangeTicker.tickerAt("trade under the stock code 09660.HK.", 0).code()).isEqualTo("9660");
        assertThat(ExchangeTicker.tickerAt("large language models (LLM) in 2025 (2025)", 0)).isNull();
        assertThat(ExchangeTicker.normalise("HKEX: 00100")).isEqualTo("100");
    }
}
