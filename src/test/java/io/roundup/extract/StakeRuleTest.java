package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.EventType;
import io.roundup.domain.Mention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StakeRuleTest {

    private static List<Mention> run(String body) {
        return new EventExtractor(CompanyRegistry.empty()).extract(new Article("p.txt", "t", LocalDate.of(2025, 10, 1), "en", body));
    }

    private static String one(String body) {
        List<Mention> m = run(body);
        assertThat(m).as(body).hasSize(1);
        Mention x = m.get(0);
        return x.company() + "|" + x.type() + "|" + (x.amount() == null ? null : x.amount().toString()) + "|" + x.leadInvestors();
    }

    @Test
    void aStakeBoughtIsARoundOfTheCompanyLedByTheBuyer() {
        assertThat(one("Vantor Semiconductor took a $1 billion stake in Pellwood Networks last month."))
                .isEqualTo("Pellwood Networks|FUNDING_ROUND|USD 1000000000|[Vantor Semiconductor]");
        assertThat(one("Norrow Capital acquired a minority stake in Pellwood for $100 million."))
                .isEqualTo("Pellwood|FUNDING_ROUND|USD 100000000|[Norrow Capital]");
        assertThat(one("Vantor Semiconductor will buy $5 billion of Pellwood common stock."))
                .isEqualTo("Pellwood|FUNDING_ROUND|USD 5000000000|[Vantor Semiconductor]");
    }

    @Test
    void aStakeWithoutAFigureIsStillARound() {
        List<Mention> m = run("Norrow Capital took a 9.9% stake in Pellwood Foundry in August, the company said.");
        assertThat(m).extracting(Mention::company, Mention::type).containsExactly(org.assertj.core.groups.Tuple.tuple("Pellwood Foundry", EventType.FUNDING_ROUND));
    }

    @Test
    void aListedCompanysPlacingIsARoundButAnIposTranchesAreNot() {
        List<Mention> m = run("云帆科技今日宣布完成配售新股，集资约12亿港元。");
        assertThat(m).extracting(Mention::company, Mention::type).containsExactly(org.assertj.core.groups.Tuple.tuple("云帆科技", EventType.FUNDING_ROUND));
        assertThat(run("云帆科技定增募资50亿元，发行价每股120元。")).extracting(Mention::company).containsExactly("云帆科技");
        assertThat(run("云帆科技招股，国际配售占90%，集资约12亿港元，将于下周在港交所上市。"))
                .extracting(Mention::company, Mention::type).containsExactly(org.assertj.core.groups.Tuple.tuple("云帆科技", EventType.IPO));
    }

    @Test
    void boxesOfRelatedStoriesAreNoArticle() {
        assertThat(run("相关新闻 › 云帆科技再配售新股 集资逾24亿港元 › 星河机器人完成上市辅导")).isEmpty();
        assertThat(Clauses.isHeadline("Mehr zum Thema: Pellwood sammelt 20 Millionen Euro ein.")).isTrue();
    }

    @Test
    void anInvestorsFundCloseAndAGermanLeadsVerbTellNoRoundOfTheInvestor() {
        assertThat(run("Norrow Capital has closed a $265 million follow-on vehicle, according to reports.")).isEmpty();
        assertThat(run("Pell Ventures raised $400 million for its third fund in March.")).isEmpty();
        List<Mention> m = run("Pellwood hat eine Finanzierungsrunde über 90 Mio. Euro abgeschlossen. "
                + "Wie beide Unternehmen mitteilten, führt Vantor die Finanzierungsrunde des Berliner Start-ups an.");
        assertThat(m).extracting(Mention::company).containsOnly("Pellwood");
    }

    @Test
    void aPurchaseOfACompanysSharesIsARound() {
        assertThat(one("Vantor completed its $5 billion purchase of about 214.8 million Pellwood shares at $23.28 each."))
                .isEqualTo("Pellwood|FUNDING_ROUND|USD 5000000000|[Vantor]");
    }
}
