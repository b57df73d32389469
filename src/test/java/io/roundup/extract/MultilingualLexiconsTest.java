package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Triggers, round labels, leads and company names of Chinese and German news (issue 6). */
class MultilingualLexiconsTest {

    private final CompanySpotter spotter = new CompanySpotter(CompanyRegistry.empty());

    private static List<EventType> types(String clause) {
        return TriggerLexicon.find(clause).stream().map(TriggerLexicon.Trigger::type).toList();
    }

    private List<String> names(String text) {
        return spotter.find(text).stream().map(CompanySpotter.NameSpan::text).toList();
    }

    @Test
    void germanTriggers() {
        assertThat(types("Aleph Alpha erhält in einer Series-B-Finanzierungsrunde 500 Millionen")).contains(EventType.FUNDING_ROUND);
        assertThat(types("Der Börsengang von Arm")).containsExactly(EventType.IPO);
        assertThat(types("SAP übernimmt WalkMe")).containsExactly(EventType.ACQUISITION);
        assertThat(types("SAP hat WalkMe für 1,5 Milliarden Dollar übernommen")).contains(EventType.ACQUISITION);
        assertThat(TriggerLexicon.find("WalkMe wurde von SAP übernommen").get(0).kind()).isEqualTo(TriggerLexicon.Kind.PASSIVE_ACQUISITION);
    }

    @Test
    void chineseTriggers() {
        assertThat(types("摩尔线程登陆上交所科创板")).containsExactly(EventType.IPO);
        assertThat(types("英伟达是一家上市公司")).isEmpty();
        assertThat(types("Meta以143亿美元投资Scale AI")).contains(EventType.FUNDING_ROUND);
    }

    @Test
    void roundLabels() {
        assertThat(TriggerLexicon.roundLabel("in einer Series-C-Runde")).isEqualTo("Series C");
        assertThat(TriggerLexicon.roundLabel("eine Finanzierungsrunde der Serie C")).isEqualTo("Series C");
        assertThat(TriggerLexicon.roundLabel("Serie-B-Finanzierungsrunde")).isEqualTo("Series B");
        assertThat(TriggerLexicon.roundLabel("eine Seed-Runde")).isEqualTo("Seed");
        assertThat(TriggerLexicon.roundLabel("a Series B extension")).isEqualTo("Series B extension");
        assertThat(TriggerLexicon.roundLabel("B+轮融资")).isEqualTo("Series B+");
        assertThat(TriggerLexicon.roundLabel("3亿美元A1轮战略融资")).isEqualTo("Series A1");
        assertThat(TriggerLexicon.roundLabel("Pre-IPO轮融资")).isEqualTo("Pre-IPO");
        assertThat(TriggerLexicon.roundLabel("完成战略融资")).isEqualTo("Strategic");
        assertThat(TriggerLexicon.roundLabel("天使轮")).isEqualTo("angel");
    }

    @Test
    void germanLeadsAndParticipants() {
        String c = "Angeführt wurde die Runde von Salesforce Ventures, beteiligt waren außerdem Accel und General Catalyst.";
        assertThat(InvestorExtractor.leads(c, spotter.find(c))).containsExactly("Salesforce Ventures");
        String d = "Die Runde wurde von General Catalyst angeführt.";
        assertThat(InvestorExtractor.leads(d, spotter.find(d))).containsExactly("General Catalyst");
        String e = "Lovable erhält 200 Millionen Dollar mit Accel als Lead-Investor.";
        assertThat(InvestorExtractor.leads(e, spotter.find(e))).containsExactly("Accel");
        String g = "Die Runde führten General Catalyst und Lightspeed an.";
        assertThat(InvestorExtractor.leads(g, spotter.find(g))).containsExactly("General Catalyst", "Lightspeed");
        String h = "Die Series C wurde von Highland Europe angeführt, Sequoia und Accel beteiligten sich.";
        assertThat(InvestorExtractor.leads(h, spotter.find(h))).containsExactly("Highland Europe");
        String i = "Andreessen Horowitz and Lightspeed co-led the Series B.";
        assertThat(InvestorExtractor.leads(i, spotter.find(i))).containsExactlyInAnyOrder("Andreessen Horowitz", "Lightspeed");
        String j = "Lead-Investor der Runde ist Index Ventures.";
        assertThat(InvestorExtractor.leads(j, spotter.find(j))).containsExactly("Index Ventures");
        String k = "Index Ventures war Lead-Investor, zudem stiegen Accel und Atomico ein.";
        assertThat(InvestorExtractor.leads(k, spotter.find(k))).containsExactly("Index Ventures");
        String l = "Die Runde wurde angeführt von Andreessen Horowitz sowie General Catalyst, außerdem beteiligten sich Nvidia und Salesforce.";
        assertThat(InvestorExtractor.leads(l, spotter.find(l))).containsExactly("Andreessen Horowitz", "General Catalyst");
        String f = "unter der Führung von Index Ventures";
        assertThat(InvestorExtractor.leads(f, spotter.find(f))).containsExactly("Index Ventures");
    }

    private List<String> leads(String clause) {
        return InvestorExtractor.leads(clause, spotter.find(clause));
    }

    @Test
    void germanLeadWordOrders() {
        // the verb first, the leads after "von"/"vom"/"von der", however many
        assertThat(leads("Die Runde angeführt hat General Catalyst.")).containsExactly("General Catalyst");
        assertThat(leads("Angeführt wurde die Runde vom niederländischen Chipausrüster ASML.")).containsExactly("ASML");
        assertThat(leads("Angeführt werden soll die Runde von der japanischen SoftBank.")).containsExactly("SoftBank");
        assertThat(leads("Angeführt wird die Runde vom Innovation Park Artificial Intelligence (Ipai), von Bosch Ventures und von der Schwarz Gruppe."))
                .containsExactly("Innovation Park Artificial Intelligence (Ipai)", "Bosch Ventures", "Schwarz Gruppe");
        // an opening phrase ends at the finite verb: the company after it is not a lead
        assertThat(leads("Angeführt von Lightspeed hat Parloa 100 Millionen Euro eingesammelt.")).containsExactly("Lightspeed");
        assertThat(leads("Die Runde wurde unter Führung von Accel abgeschlossen.")).containsExactly("Accel");
        assertThat(leads("Parloa erhält 120 Millionen Euro unter der Federführung vom Wagniskapitalgeber Earlybird.")).containsExactly("Earlybird");
        assertThat(leads("Federführend war Index Ventures, beteiligt waren auch Atomico und Balderton.")).containsExactly("Index Ventures");
        assertThat(leads("Index Ventures war federführend, Atomico beteiligte sich ebenfalls.")).containsExactly("Index Ventures");
    }

    @Test
    void germanParticipantsAreNotLeads() {
        assertThat(leads("Beteiligt waren auch Sequoia und Accel.")).isEmpty();
        assertThat(leads("Parloa sammelt 120 Millionen Euro ein, mit Beteiligung von Altimeter und General Catalyst.")).isEmpty();
        assertThat(leads("Die Runde wurde von Accel angeführt, mit Beteiligung von Sequoia und Atomico.")).containsExactly("Accel");
    }

    @Test
    void germanNamesWithInnerCapitalsAfterAdjectives() {
        assertThat(names("die Beteiligung der japanischen SoftBank")).containsExactly("SoftBank");
        assertThat(names("vom niederländischen Chipausrüster ASML")).containsExactly("ASML");
        assertThat(names("die vergangene Woche")).isEmpty();
    }

    @Test
    void chineseLeads() {
        String c = "月之暗面完成C轮融资，领投方为IDG资本。";
        assertThat(InvestorExtractor.leads(c, spotter.find(c))).contains("IDG");
    }

    @Test
    void germanCommonNounsAreNotNames() {
        assertThat(names("Das Berliner Start-up Parloa hat vergangene Woche 120 Millionen US-Dollar eingesammelt."))
                .containsExactly("Parloa");
        assertThat(names("Das Heidelberger KI-Unternehmen Aleph Alpha erhält mehr als 500 Millionen US-Dollar."))
                .containsExactly("Aleph Alpha");
        assertThat(names("Elon Musks KI-Firma xAI hat am Dienstag eine Finanzierungsrunde abgeschlossen."))
                .containsExactly("xAI");
        assertThat(names("Das Robotik-Unternehmen Neura Robotics aus Metzingen hat 120 Millionen Euro erhalten."))
                .containsExactly("Neura Robotics");
    }

    @Test
    void chineseNamesBeforeVerbs() {
        assertThat(names("百川智能成立之初便获得5000万美元天使轮融资。")).containsExactly("百川智能");
        assertThat(names("月之暗面刚刚完成5亿美元融资。")).containsExactly("月之暗面");
        assertThat(names("Mistral AI于昨日宣布完成17亿欧元C轮融资")).containsExactly("Mistral AI");
        // a legal name (seat, trade name, industry, legal form) is reported by its trade name
        assertThat(names("摩尔线程智能科技（北京）股份有限公司于12月5日在上交所科创板上市")).containsExactly("摩尔线程");
        assertThat(names("北京智谱华章科技股份有限公司于1月8日登陆港交所")).containsExactly("智谱华章");
        assertThat(names("“大模型第一股”智谱1月8日在香港上市")).containsExactly("智谱");
        assertThat(names("此次全球发售募资约43.48亿港元")).isEmpty();
    }
}
