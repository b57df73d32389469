package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Mention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole sentences of German and Chinese news through the public API (issue 6); invented wording. */
class MultilingualEventExtractorTest {

    private static List<Mention> run(String body, LocalDate published) {
        return new EventExtractor(CompanyRegistry.empty()).extract(new Article("a.txt", "t", published, "de", body));
    }

    private static Mention only(List<Mention> ms, String company) {
        List<Mention> x = ms.stream().filter(m -> m.company().equals(company)).toList();
        assertThat(x).as(company + " in " + ms).hasSize(1);
        return x.get(0);
    }

    @Test
    void germanRoundWithValuationLeadAndDate() {
        List<Mention> m = run("Das Freiburger KI-Start-up Black Forest Labs hat am Dienstag in einer Series-B-Finanzierungsrunde "
                + "300 Millionen US-Dollar eingesammelt. Die Runde bewertet das Unternehmen mit 3,25 Milliarden Dollar. "
                + "Angeführt wurde die Runde von Salesforce Ventures, beteiligt waren außerdem Accel und General Catalyst.",
                LocalDate.of(2025, 12, 5));
        assertThat(m).hasSize(1);
        Mention x = m.get(0);
        assertThat(x.company()).isEqualTo("Black Forest Labs");
        assertThat(x.status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(x.amount().toString()).isEqualTo("USD 300000000");
        assertThat(x.postMoney().toString()).isEqualTo("USD 3250000000");
        assertThat(x.roundLabel()).isEqualTo("Series B");
        assertThat(x.date()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(x.leadInvestors()).containsExactly("Salesforce Ventures");
    }

    @Test
    void germanTalksAcquisitionAndDistractors() {
        List<Mention> m = run("Laut Insidern verhandelt OpenAI mit SoftBank über eine Finanzierung von 40 Milliarden Dollar, "
                + "die das Unternehmen mit 300 Milliarden Dollar bewerten würde.\n\n"
                + "Der Softwarekonzern SAP hat das israelische Unternehmen WalkMe für rund 1,5 Milliarden US-Dollar übernommen.\n\n"
                + "Der Börsenwert von Nvidia stieg auf 4 Billionen Dollar. Anthropic hat insgesamt mehr als 10 Milliarden Dollar eingesammelt. "
                + "Mistral hat keine neue Finanzierungsrunde angekündigt.", LocalDate.of(2025, 9, 12));
        assertThat(m).extracting(Mention::company).containsExactlyInAnyOrder("OpenAI", "WalkMe");
        Mention talks = only(m, "OpenAI");
        assertThat(talks.status()).isEqualTo(EventStatus.IN_TALKS);
        assertThat(talks.postMoney().toString()).isEqualTo("USD 300000000000");
        Mention acq = only(m, "WalkMe");
        assertThat(acq.type()).isEqualTo(EventType.ACQUISITION);
        assertThat(acq.leadInvestors()).containsExactly("SAP");
        assertThat(acq.amount().toString()).isEqualTo("USD 1500000000");
    }

    @Test
    void chineseRoundsIpoAndDistractors() {
        List<Mention> m = run("12月30日，智谱在港交所主板挂牌上市，股票代码为02513，发行价为每股116.2港元，募资约43.48亿港元。\n\n"
                + "百川智能于2023年4月完成5000万美元天使轮融资，同年7月完成3亿美元A1轮战略融资，腾讯、阿里参投。\n\n"
                + "本月2日，月之暗面宣布完成超5亿美元C轮融资，IDG资本领投，阿里、腾讯跟投。\n\n"
                + "据知情人士透露，MiniMax正在洽谈新一轮融资，金额约6亿美元，投前估值40亿美元。\n\n"
                + "英伟达市值盘中突破5万亿美元。OpenAI累计融资已超过600亿美元。", LocalDate.of(2026, 1, 5));
        assertThat(m).extracting(Mention::company).containsExactlyInAnyOrder("智谱", "百川智能", "百川智能", "月之暗面", "MiniMax");
        Mention ipo = only(m, "智谱");
        assertThat(ipo.type()).isEqualTo(EventType.IPO);
        assertThat(ipo.date()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(ipo.ticker()).isEqualTo("2513");
        assertThat(ipo.exchange()).isEqualTo("HKEX");
        assertThat(ipo.offerPrice().toString()).isEqualTo("HKD 116.2");
        assertThat(ipo.proceeds().toString()).isEqualTo("HKD 4348000000");
        Mention moon = only(m, "月之暗面");
        assertThat(moon.date()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(moon.roundLabel()).isEqualTo("Series C");
        assertThat(moon.leadInvestors()).containsExactly("IDG");
        Mention talks = only(m, "MiniMax");
        assertThat(talks.status()).isEqualTo(EventStatus.IN_TALKS);
        assertThat(talks.preMoney().toString()).isEqualTo("USD 4000000000");
        assertThat(talks.postMoney()).isNull();
        assertThat(m.stream().filter(x -> x.company().equals("百川智能")).map(x -> x.amount().toString()))
                .containsExactlyInAnyOrder("USD 50000000", "USD 300000000");
    }

    @Test
    void chineseLeadsOfTheRoundToldNextAndTopicOfAClauseChain() {
        // "本轮融资由X领投": "本轮" is "this round", X is its lead, not a company raising
        List<Mention> m = run("星河科技已于昨日完成B轮融资，融资额为3亿美元。\n\n本轮融资由红杉中国领投，高瓴等老股东跟投。", LocalDate.of(2026, 1, 1));
        assertThat(m).hasSize(1);
        assertThat(m.get(0).company()).isEqualTo("星河科技");
        assertThat(m.get(0).leadInvestors()).containsExactly("红杉中国");
        // "X本月6日宣布，已完成…融资": the clause after the comma has no subject of its own, X is its topic
        List<Mention> n = run("人工智能公司Nebula本月6日宣布，已完成2亿美元的C轮融资，超过此前设定的1.5亿美元目标。", LocalDate.of(2026, 1, 8));
        assertThat(n).hasSize(1);
        assertThat(n.get(0).company()).isEqualTo("Nebula");
        assertThat(n.get(0).amount().toString()).isEqualTo("USD 200000000");
        assertThat(n.get(0).date()).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void chineseLegalNameIsReportedWithTheShortName() {
        List<Mention> m = run("摩尔线程智能科技（北京）股份有限公司（以下简称“摩尔线程”）于12月5日在上交所科创板上市，募资80亿元。",
                LocalDate.of(2025, 12, 6));
        assertThat(m).hasSize(1);
        // both forms, so the analyst sees the registered name and the name the page uses (and either matches)
        assertThat(m.get(0).company()).isEqualTo("摩尔线程智能科技（北京）股份有限公司 (摩尔线程)");
        assertThat(m.get(0).type()).isEqualTo(EventType.IPO);
        assertThat(m.get(0).exchange()).isEqualTo("SSE");
    }

    @Test
    void convertedAmountKeepsTheOriginalCurrency() {
        List<Mention> m = run("Mistral AI raised €1.7 billion ($2 billion) in a Series C led by ASML.", LocalDate.of(2025, 9, 10));
        assertThat(m).hasSize(1);
        assertThat(m.get(0).amount().toString()).isEqualTo("EUR 1700000000");
    }

    @Test
    void germanAcquisitionWordOrdersAndDealPrice() {
        LocalDate pub = LocalDate.of(2024, 6, 6); // a Thursday
        Mention a = run("SAP kündigte am Mittwoch an, das israelische Softwareunternehmen WalkMe für rund 1,5 Milliarden US-Dollar zu übernehmen.", pub).get(0);
        assertThat(a.type()).isEqualTo(EventType.ACQUISITION);
        assertThat(a.company()).isEqualTo("WalkMe");
        assertThat(a.leadInvestors()).containsExactly("SAP");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 6, 5));
        Mention b = run("WalkMe wurde von SAP für 1,5 Milliarden Dollar übernommen.", pub).get(0);
        assertThat(b.company()).isEqualTo("WalkMe");
        assertThat(b.leadInvestors()).containsExactly("SAP");
        assertThat(b.status()).isEqualTo(EventStatus.COMPLETED);
        Mention c = run("SAP übernimmt das israelische Unternehmen WalkMe. Der Kaufpreis liegt bei rund 1,5 Milliarden US-Dollar.", pub).get(0);
        assertThat(c.amount().toString()).isEqualTo("USD 1500000000");
        // a per-share offer "was einem Gesamtwert von … entspricht": the total is the deal price
        Mention d = run("Der Softwarekonzern Nordlicht hat angekündigt, den Datenspezialisten Quellwerk zu übernehmen. "
                + "Nordlicht bietet 20 Euro je Aktie in bar, was einem Gesamtwert von rund 800 Millionen Euro entspricht.", pub).get(0);
        assertThat(d.company()).isEqualTo("Quellwerk");
        assertThat(d.amount().toString()).isEqualTo("EUR 800000000");
    }

    @Test
    void germanLeadsOfTheRoundToldInTheNextSentence() {
        List<Mention> m = run("Das Münchner KI-Start-up Kettlebird hat am Montag eine Finanzierungsrunde der Serie B über 80 Millionen Euro abgeschlossen. "
                + "Angeführt wurde die Runde vom niederländischen Chipausrüster ASML und von der japanischen SoftBank. "
                + "Beteiligt waren auch Accel und Index Ventures.", LocalDate.of(2025, 9, 10));
        assertThat(m).hasSize(1);
        assertThat(m.get(0).leadInvestors()).containsExactly("ASML", "SoftBank");
    }

    @Test
    void germanIpoAndPlannedRound() {
        List<Mention> m = run("Der Rüstungskonzern Renk ist am Mittwoch an der Frankfurter Börse gestartet. Der Börsengang brachte rund "
                + "500 Millionen Euro ein, der Ausgabepreis lag bei 15 Euro je Aktie.\n\n"
                + "Das Start-up Feldmark will in einer Series-A-Runde 40 Millionen Euro aufnehmen.", LocalDate.of(2024, 2, 8));
        Mention ipo = only(m, "Renk");
        assertThat(ipo.type()).isEqualTo(EventType.IPO);
        assertThat(ipo.status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(ipo.proceeds().toString()).isEqualTo("EUR 500000000");
        assertThat(ipo.offerPrice().toString()).isEqualTo("EUR 15");
        assertThat(ipo.date()).isEqualTo(LocalDate.of(2024, 2, 7));
        Mention plan = only(m, "Feldmark");
        assertThat(plan.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(plan.roundLabel()).isEqualTo("Series A");
    }

    @Test
    void listedAfterPricingIsCompletedAndAPriceRangeIsNoPrice() {
        LocalDate pub = LocalDate.of(2026, 1, 9);
        Mention q = run("Quanta Systems listed on the New York Stock Exchange on Thursday, raising $1.2 billion after pricing its IPO at $30 per share.", pub).get(0);
        assertThat(q.status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(q.exchange()).isEqualTo("NYSE");
        assertThat(q.offerPrice().toString()).isEqualTo("USD 30");
        List<Mention> r = run("稀宇科技拟赴港上市，招股价区间为每股151至165港元。", pub);
        assertThat(r).hasSize(1);
        assertThat(r.get(0).status()).isEqualTo(EventStatus.PLANNED);
        assertThat(r.get(0).exchange()).isEqualTo("HKEX");
        assertThat(r.get(0).offerPrice()).isNull();
    }

    @Test
    void chineseDebtIsNotARound() {
        assertThat(run("智谱获得10亿元银行贷款授信。", LocalDate.of(2025, 9, 12))).isEmpty();
    }
}
