package io.roundup.store;

import io.roundup.domain.Company;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.List;

/** The company registry (table {@code companies}), aliases kept joined by {@code |}. */
public class CompanyStore {

    private static final Upsert COMPANY = Upsert.into("companies", List.of("name"),
            List.of("name VARCHAR", "aliases VARCHAR", "country VARCHAR", "sector VARCHAR", "exchange VARCHAR", "ticker VARCHAR"));

    private final JdbcTemplate jdbc;

    public CompanyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void saveCompanies(List<? extends Company> companies) {
        jdbc.batchUpdate(COMPANY.sql(jdbc), companies.stream().map(c -> new Object[]{c.name(), String.join("|", c.aliases()),
                c.country(), c.sector(), c.exchange(), c.ticker()}).toList());
    }

    public List<Company> companies() {
        return jdbc.query("SELECT * FROM companies ORDER BY name", (rs, i) -> new Company(rs.getString("name"),
                Arrays.stream(rs.getString("aliases").split("\\|")).filter(a -> !a.isBlank()).toList(),
                rs.getString("country"), rs.getString("sector"), rs.getString("exchange"), rs.getString("ticker")));
    }
}
