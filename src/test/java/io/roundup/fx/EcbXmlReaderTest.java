package io.roundup.fx;

import io.roundup.domain.Parsed;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EcbXmlReaderTest {

    static final String DAILY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
            \t<gesmes:subject>Reference rates</gesmes:subject>
            \t<gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
            \t<Cube>
            \t\t<Cube time='2026-04-13'>
            \t\t\t<Cube currency='USD' rate='1.1675'/>
            \t\t\t<Cube currency='JPY' rate='186.12'/>
            \t\t\t<Cube currency='HKD' rate='9.0823'/>
            \t\t</Cube>
            \t</Cube>
            </gesmes:Envelope>
            """;

    static List<Parsed<List<FxQuote>>> read(String xml, LocalDate runDate) throws IOException {
        List<Parsed<List<FxQuote>>> out = new ArrayList<>();
        try (EcbXmlReader r = new EcbXmlReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "daily.xml", runDate)) {
            for (Parsed<List<FxQuote>> p; (p = r.next()) != null; ) out.add(p);
        }
        return out;
    }

    @Test
    void theDailyFileIsOneDayOfEcbQuotesPerEuro() throws IOException {
        List<Parsed<List<FxQuote>>> rows = read(DAILY, null);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).value()).extracting(FxQuote::toString).containsExactly(
                "2026-04-13 1.1675 USD/EUR (ECB)", "2026-04-13 186.12 JPY/EUR (ECB)", "2026-04-13 9.0823 HKD/EUR (ECB)");
    }

    @Test
    void theHistoryFormGivesOneRowPerDayAndRejectsBadDaysAlone() throws IOException {
        String hist = DAILY.replace("\t</Cube>\n</gesmes", """
                \t\t<Cube time="2026-04-10"><Cube currency="USD" rate="1.17"/></Cube>
                \t\t<Cube time="2026-04-09"><Cube currency="USD" rate="-1"/></Cube>
                \t\t<Cube time="9 April"><Cube currency="USD" rate="1.1"/></Cube>
                \t\t<Cube time="2026-04-08"><Cube currency="XXY" rate="1.1"/><Cube currency="USD" rate="1.16"/></Cube>
                \t</Cube>
                </gesmes""");
        List<Parsed<List<FxQuote>>> rows = read(hist, LocalDate.of(2026, 4, 12));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).reject().reason()).startsWith("future_date: 2026-04-13");
        assertThat(rows.get(1).value()).extracting(FxQuote::toString).containsExactly("2026-04-10 1.17 USD/EUR (ECB)");
        assertThat(rows.get(2).reject().reason()).startsWith("bad_number: USD rate '-1'");
        assertThat(rows.get(2).reject().line()).isEqualTo(12);
        assertThat(rows.get(3).reject().reason()).startsWith("bad_date: '9 April'");
        assertThat(rows.get(4).value()).extracting(FxQuote::toString).containsExactly("2026-04-08 1.16 USD/EUR (ECB)");
    }

    @Test
    void aDoctypeOrAnEntityIsRefusedAndNothingIsFetched() throws IOException {
        String xxe = DAILY.replace("<gesmes:Envelope", "<!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<gesmes:Envelope")
                .replace("<gesmes:subject>Reference rates", "<gesmes:subject>&x;");
        List<Parsed<List<FxQuote>>> rows = read(xxe, null);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).reject().reason()).startsWith("bad_xml:").contains("DOCTYPE").doesNotContain("root:");
        String bomb = DAILY.replace("<gesmes:Envelope", "<!DOCTYPE e [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n<gesmes:Envelope");
        assertThat(read(bomb, null)).singleElement().satisfies(p -> assertThat(p.reject().reason()).startsWith("bad_xml:"));
    }

    @Test
    void aDocumentThatBreaksOffKeepsTheDaysBeforeAndEndsInOneReject() throws IOException {
        String cut = DAILY.substring(0, DAILY.indexOf("\t\t</Cube>")) + "\t\t</Cube>\n\t\t<Cube time='2026-04-10'><Cube currency='USD' rate='1.17'";
        List<Parsed<List<FxQuote>>> rows = read(cut, null);
        assertThat(rows.get(0).value()).hasSize(3);
        assertThat(rows.get(rows.size() - 1).reject().reason()).startsWith("bad_xml:");
        assertThat(read("<html><body>Service unavailable</body></html>", null)).singleElement()
                .satisfies(p -> assertThat(p.reject().reason()).isEqualTo("bad_xml: no ECB reference rates (no <Cube time=\"…\"> element)"));
        assertThat(read("not xml at all <", null)).singleElement().satisfies(p -> assertThat(p.reject().reason()).startsWith("bad_xml:"));
    }
}
