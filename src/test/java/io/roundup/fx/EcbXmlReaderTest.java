package io.roundup.fx;

import io.roundup.domain.Parsed;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EcbXmlReaderTest {

    /** The ECB's daily file as published (our own rates for a day after the shared history ends). */
    static final String DAILY = daily();

    static String daily() {
        try (var in = EcbXmlReaderTest.class.getResourceAsStream("/market/eurofxref-daily.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Parsed<List<PublishedRate>>> read(String xml, LocalDate runDate) throws IOException {
        List<Parsed<List<PublishedRate>>> out = new ArrayList<>();
        try (EcbXmlReader r = new EcbXmlReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "daily.xml", runDate)) {
            for (Parsed<List<PublishedRate>> p; (p = r.next()) != null; ) out.add(p);
        }
        return out;
    }

    @Test
    void theDailyFileIsOneDayOfEcbQuotesPerEuro() throws IOException {
        List<Parsed<List<PublishedRate>>> rows = read(DAILY, null);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).value()).extracting(PublishedRate::toString).containsExactly(
                "2026-04-14 1.1702 USD/EUR (ECB)", "2026-04-14 186.9 JPY/EUR (ECB)", "2026-04-14 9.1011 HKD/EUR (ECB)",
                "2026-04-14 8.4772 CNY/EUR (ECB)");
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
        List<Parsed<List<PublishedRate>>> rows = read(hist, LocalDate.of(2026, 4, 13));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).reject().reason()).startsWith("future_date: 2026-04-14");
        assertThat(rows.get(1).value()).extracting(PublishedRate::toString).containsExactly("2026-04-10 1.17 USD/EUR (ECB)");
        assertThat(rows.get(2).reject().reason()).startsWith("bad_number: USD rate '-1'");
        assertThat(rows.get(2).reject().line()).isEqualTo(13);
        assertThat(rows.get(3).reject().reason()).startsWith("bad_date: '9 April'");
        assertThat(rows.get(4).value()).extracting(PublishedRate::toString).containsExactly("2026-04-08 1.16 USD/EUR (ECB)");
    }

    @Test
    void aDoctypeOrAnEntityIsRefusedAndNothingIsFetched() throws IOException {
        String xxe = DAILY.replace("<gesmes:Envelope", "<!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<gesmes:Envelope")
                .replace("<gesmes:subject>Reference rates", "<gesmes:subject>&x;");
        List<Parsed<List<PublishedRate>>> rows = read(xxe, null);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).reject().reason()).startsWith("bad_xml:").contains("DOCTYPE").doesNotContain("root:");
        String bomb = DAILY.replace("<gesmes:Envelope", "<!DOCTYPE e [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n<gesmes:Envelope");
        assertThat(read(bomb, null)).singleElement().satisfies(p -> assertThat(p.reject().reason()).startsWith("bad_xml:"));
    }

    @Test
    void aDocumentThatBreaksOffKeepsTheDaysBeforeAndEndsInOneReject() throws IOException {
        String cut = DAILY.substring(0, DAILY.indexOf("\t\t</Cube>")) + "\t\t</Cube>\n\t\t<Cube time='2026-04-10'><Cube currency='USD' rate='1.17'";
        List<Parsed<List<PublishedRate>>> rows = read(cut, null);
        assertThat(rows.get(0).value()).hasSize(4);
        assertThat(rows.get(rows.size() - 1).reject().reason()).startsWith("bad_xml:");
        assertThat(read("<html><body>Service unavailable</body></html>", null)).singleElement()
                .satisfies(p -> assertThat(p.reject().reason()).isEqualTo("bad_xml: no ECB reference rates (no <Cube time=\"…\"> element)"));
        assertThat(read("not xml at all <", null)).singleElement().satisfies(p -> assertThat(p.reject().reason()).startsWith("bad_xml:"));
    }
}
