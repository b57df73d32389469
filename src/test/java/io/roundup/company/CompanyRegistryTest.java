package io.roundup.company;

import io.roundup.domain.Company;
import io.roundup.domain.Parsed;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompanyRegistryTest {

    private final CompanyRegistry registry = new CompanyRegistry(List.of(
            new Company("Moonshot AI", List.of("Kimi", "YueZhiAnMian", "月之暗面"), "CN", "models", null, null),
            new Company("Zhipu AI", List.of("Zhipu", "Knowledge Atlas", "智谱", "02513.HK"), "CN", "models", "HKEX", "2513"),
            new Company("OpenAI", List.of("Open AI"), "US", "models", null, null)));

    @Test
    void findsByAnyAliasIgnoringCaseSpacingAndPunctuation() {
        assertThat(registry.find("kimi")).map(Company::name).contains("Moonshot AI");
        assertThat(registry.find("Yue Zhi An Mian")).map(Company::name).contains("Moonshot AI");
        assertThat(registry.find("月之暗面")).map(Company::name).contains("Moonshot AI");
        assertThat(registry.find("moonshot-ai")).map(Company::name).contains("Moonshot AI");
        assertThat(registry.find("OpenAI Inc.")).map(Company::name).contains("OpenAI");
        assertThat(registry.find("Knowledge Atlas")).map(Company::name).contains("Zhipu AI");
    }

    @Test
    void tickerFormsMeetOnTheBareCode() {
        assertThat(registry.find("2513")).map(Company::name).contains("Zhipu AI");
        assertThat(registry.find("HK.02513")).map(Company::name).contains("Zhipu AI");
        assertThat(registry.find("2513.HK")).map(Company::name).contains("Zhipu AI");
    }

    @Test
    void unknownNameFindsNothing() {
        assertThat(registry.find("Mistral AI")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
    }

    @Test
    void allNamesListsLongestFirst() {
        List<String> names = registry.allNames();
        assertThat(names.indexOf("Moonshot AI")).isLessThan(names.indexOf("Kimi"));
    }

    @Test
    void csvReaderParsesAliasesAndRejectsBadRowsWithTheirLine() throws IOException {
        String csv = """
                name,aliases,country,sector,exchange,ticker
                Moonshot AI,Kimi|月之暗面,CN,models,,
                ,Nameless,US,,,
                Mistral AI,Mistral,France,models,,
                Zhipu AI,Zhipu|智谱,cn,models,HKEX,2513
                """;
        List<Parsed<Company>> rows = new ArrayList<>();
        try (CompanyCsvReader r = new CompanyCsvReader(new StringReader(csv), "companies.csv")) {
            for (Parsed<Company> p; (p = r.next()) != null; ) rows.add(p);
        }
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).value().aliases()).containsExactly("Kimi", "月之暗面");
        assertThat(rows.get(1).reject().line()).isEqualTo(3);
        assertThat(rows.get(1).reject().reason()).startsWith("missing_field");
        assertThat(rows.get(2).reject().line()).isEqualTo(4);
        assertThat(rows.get(2).reject().reason()).contains("ISO 3166").contains("France");
        assertThat(rows.get(3).value().country()).isEqualTo("CN");
        assertThat(rows.get(3).value().ticker()).isEqualTo("2513");
    }

    @Test
    void csvReaderNamesTheMissingColumn() {
        assertThatThrownBy(() -> new CompanyCsvReader(new StringReader("name,country\nA,US\n"), "companies.csv"))
                .hasMessageContaining("companies.csv").hasMessageContaining("line 1").hasMessageContaining("aliases");
    }
}
