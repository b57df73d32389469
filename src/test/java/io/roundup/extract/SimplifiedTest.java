package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.EventType;
import io.roundup.domain.Mention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimplifiedTest {

    @Test
    void traditionalCharactersBecomeSimplifiedOneForOne() {
        String hk = "發售價每股10.5港元，集資約10.5億港元，在港交所主板掛牌上市。";
        String s = Simplified.of(hk);
        assertThat(s).isEqualTo("发售价每股10.5港元，集资约10.5亿港元，在港交所主板挂牌上市。");
        assertThat(s).hasSameSizeAs(hk);
    }

    @Test
    void textWithoutTraditionalCharactersIsTheSameInstance() {
        String mainland = "公司完成5亿元B轮融资。";
        assertThat(Simplified.of(mainland)).isSameAs(mainland);
        String english = "Acme raised $5 million.";
        assertThat(Simplified.of(english)).isSameAs(english);
    }

    @Test
    void hongKongPressIsReadAndReportedAsWritten() {
        List<Mention> m = new EventExtractor(CompanyRegistry.empty()).extract(new Article("hk.txt", "t", LocalDate.of(2025, 6, 20), "zh",
                "機器人初創企業星河圖完成A+輪融資，金額約1億美元，由高瓴資本領投。"));
        assertThat(m).hasSize(1);
        assertThat(m.get(0).type()).isEqualTo(EventType.FUNDING_ROUND);
        assertThat(m.get(0).company()).isEqualTo("星河圖");
        assertThat(m.get(0).leadInvestors()).containsExactly("高瓴資本");
        assertThat(m.get(0).evidence()).startsWith("機器人初創企業");
    }
}
