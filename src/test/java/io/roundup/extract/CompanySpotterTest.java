package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Company;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompanySpotterTest {

    private static final CompanyRegistry REGISTRY = new CompanyRegistry(List.of(
            new Company("Moonshot AI", List.of("Moonshot", "Kimi", "YueZhiAnMian", "月之暗面"), "CN", null, null, null),
            new Company("Zhipu AI", List.of("Zhipu", "02513.HK"), "CN", null, "HKEX", "2513")));

    private static List<String> names(CompanySpotter s, String text) {
        return s.find(text).stream().map(CompanySpotter.NameSpan::text).toList();
    }

    @Test
    void capitalisedNamesWithoutRegistry() {
        CompanySpotter s = new CompanySpotter(CompanyRegistry.empty());
        assertThat(names(s, "The top three U.S. companies are OpenAI, Anthropic, and xAI."))
                .containsExactly("OpenAI", "Anthropic", "xAI");
        assertThat(names(s, "Meanwhile, Thinking Machines Lab raised money from Andreessen Horowitz."))
                .containsExactly("Thinking Machines Lab", "Andreessen Horowitz");
        assertThat(names(s, "Baichuan Intelligence, 01.AI, and JieYueXingChen have not"))
                .containsExactly("Baichuan Intelligence", "01.AI", "JieYueXingChen");
    }

    @Test
    void trimsFunctionWordsPossessivesAndPlaces() {
        CompanySpotter s = new CompanySpotter(CompanyRegistry.empty());
        assertThat(names(s, "On January 8th, Zhipu's shares rose on the Hong Kong Stock Exchange.")).containsExactly("Zhipu");
        assertThat(names(s, "Mistral AI, the Paris-based developer, said")).containsExactly("Mistral AI");
        assertThat(names(s, "when Braun's Ithaca Holdings bought it")).containsExactly("Braun", "Ithaca Holdings");
        assertThat(names(s, "It was led by T. Rowe Price.")).containsExactly("T. Rowe Price");
    }

    @Test
    void bracketAliasesStayTogether() {
        CompanySpotter s = new CompanySpotter(CompanyRegistry.empty());
        List<CompanySpotter.NameSpan> n = s.find("Meanwhile, YueZhiAnMian (Kimi) announced the completion");
        assertThat(n).hasSize(1);
        assertThat(n.get(0).text()).isEqualTo("YueZhiAnMian (Kimi)");
    }

    @Test
    void registryNamesAreCanonicalised() {
        CompanySpotter s = new CompanySpotter(REGISTRY);
        List<CompanySpotter.NameSpan> n = s.find("YueZhiAnMian (Kimi) announced; Zhipu (02513.HK) listed; 月之暗面完成融资");
        assertThat(n).extracting(CompanySpotter.NameSpan::canonical).containsExactly("Moonshot AI", "Zhipu AI", "Moonshot AI");
        assertThat(s.canonical("Unknown Robotics")).isEqualTo("Unknown Robotics");
    }

    @Test
    void chineseSubjectsWithoutRegistry() {
        CompanySpotter s = new CompanySpotter(CompanyRegistry.empty());
        assertThat(names(s, "本周，王小川创办的百川智能宣布完成A轮融资")).contains("百川智能");
        assertThat(names(s, "今年2月，月之暗面完成超过10亿美元的新一轮融资")).contains("月之暗面");
    }
}
