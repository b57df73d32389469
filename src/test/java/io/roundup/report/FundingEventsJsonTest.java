package io.roundup.report;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.roundup.RoundupApplication;
import io.roundup.domain.Money;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** funding_events.json of the sample input: valid against docs/funding_events.schema.json, and the CSV's rows. */
class FundingEventsJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path out;
    static JsonNode ledger;
    static List<CSVRecord> csv;
    static Schema schema;

    @BeforeAll
    static void runSample() throws Exception {
        assertThat(RoundupApplication.run("--roundup.input=input", "--roundup.output=" + out, "runDate=2026-02-01")).isEqualTo(3);
        ledger = JSON.readTree(out.resolve("funding_events.json").toFile());
        try (Reader r = Files.newBufferedReader(out.resolve("funding_events.csv"))) {
            csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(Path.of("docs/funding_events.schema.json")));
    }

    static List<Error> errors(JsonNode doc) {
        return schema.validate(doc, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    @Test
    void theSamplesJsonIsValidAgainstTheSchema() {
        assertThat(ledger.get("run_date").asString()).isEqualTo("2026-02-01");
        assertThat(ledger.get("events").size()).isEqualTo(csv.size()).isPositive();
        assertThat(errors(ledger)).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatItShould() {
        ObjectNode bad = (ObjectNode) ledger.deepCopy();
        ObjectNode first = (ObjectNode) bad.get("events").get(0);
        first.put("amount", "13bn");
        first.put("date", "02/09/2025");
        first.remove("evidence");
        first.put("extra", 1);
        assertThat(errors(bad)).extracting(Error::toString).allMatch(e -> e.startsWith("/events/0"))
                .anyMatch(e -> e.startsWith("/events/0/amount: string found"))
                .anyMatch(e -> e.startsWith("/events/0/date: does not match the date pattern"))
                .anyMatch(e -> e.contains("required property 'evidence' not found"))
                .anyMatch(e -> e.contains("property 'extra' is not defined"));
    }

    @Test
    void everyCsvCellIsInTheJsonUnderItsColumnName() {
        for (int i = 0; i < csv.size(); i++) {
            CSVRecord row = csv.get(i);
            JsonNode e = ledger.get("events").get(i);
            for (String column : LedgerFiles.EVENT_COLUMNS) {
                assertThat(asCsvCell(column, e)).as("%s of %s", column, row.get("event_id")).isEqualTo(unquote(row.get(column)));
            }
        }
    }

    @Test
    void sourcesAreNestedWithWhatEachSaid() {
        JsonNode anthropic = null;
        for (JsonNode e : ledger.get("events")) {
            if (e.get("company").asString().equals("Anthropic") && e.get("round_label").asString("").equals("Series F")) anthropic = e;
        }
        assertThat(anthropic).isNotNull();
        assertThat(anthropic.get("sources")).hasSize(2);
        for (JsonNode s : anthropic.get("sources")) {
            assertThat(s.get("mentions")).isNotEmpty();
            assertThat(s.get("mentions").get(0).get("evidence").asString()).containsIgnoringCase("13");
            assertThat(s.get("url").isNull()).isTrue();
        }
        assertThat(anthropic.get("amount").isNumber()).isTrue();
        assertThat(anthropic.get("amount").decimalValue()).isEqualByComparingTo("13000000000");
    }

    @Test
    void hostileTextIsStillValidJson() throws Exception {
        byte[] bytes = LedgerJson.bytes(LocalDate.of(2026, 2, 1), Hostile.events(), Map.of(), List.of());
        JsonNode doc = JSON.readTree(bytes);
        assertThat(errors(doc)).isEmpty();
        assertThat(doc.get("events").get(0).get("company").asString()).isEqualTo(Hostile.NAME);
        assertThat(doc.get("events").get(0).get("sources").get(3).get("url").asString()).isEqualTo("https://example.org/n?a=1&b='2'");
    }

    /** The cell funding_events.csv writes for this JSON value. */
    private static String asCsvCell(String column, JsonNode e) {
        JsonNode v = e.get(column);
        if (column.equals("sources")) {
            return String.join(";", v.valueStream().map(s -> s.get("source").asString()).toList());
        }
        if (column.equals("conflicts")) return String.join(" | ", v.valueStream().map(JsonNode::asString).toList());
        if (column.equals("lead_investors") || column.equals("corrected_fields")) {
            return String.join(";", v.valueStream().map(JsonNode::asString).toList());
        }
        if (v == null || v.isNull()) return "";
        if (v.isNumber()) return Money.plain(v.decimalValue());
        return v.asString();
    }

    /** funding_events.csv guards text cells against formulas with a leading quote. */
    private static String unquote(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
