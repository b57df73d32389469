package io.roundup.csv;

import io.roundup.domain.Reject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnNamesTest {

    private static final ColumnNames NAMES = ColumnNames.normalisedBy(s -> s.strip().toLowerCase(Locale.ROOT))
            .column("date", "date", "day")
            .column("close", "close", "close/last")
            .required("Date, Close", "date", "close");

    @Test
    void columnsAreFoundByAnyOfTheirNamesInAnyOrder() {
        Header h = NAMES.bind(List.of("Volume", "Close/Last", "Day"));
        assertThat(h.problem()).isNull();
        assertThat(h.column("date")).isEqualTo(2);
        assertThat(h.column("close")).isEqualTo(1);
        assertThat(h.name("close")).isEqualTo("Close/Last");
        assertThat(h.has("volume")).isFalse();
        assertThat(h.column("volume")).isEqualTo(-1);
        assertThat(h.nameOr("volume", "volume")).isEqualTo("volume");
        assertThat(h.width()).isEqualTo(3);
    }

    @Test
    void aMissingRequiredColumnIsABadHeaderNamingTheCells() {
        Rejection r = NAMES.bind(List.of("Date", "Open")).problem();
        assertThat(r.code()).isEqualTo(RejectCode.BAD_HEADER);
        assertThat(r.reason()).isEqualTo("bad_header: expected columns Date, Close, no 'close' column in [Date, Open]");
    }

    @Test
    void aRepeatedColumnIsKeptFirstRejectedOrRejectedUnderItsOwnName() {
        List<String> aliasAfter = List.of("Close", "Date", "Close/Last");
        List<String> ownNameAfter = List.of("Close/Last", "Date", "Close");
        assertThat(NAMES.bind(aliasAfter).column("close")).isZero();
        assertThat(NAMES.repeats(ColumnNames.Repeats.REJECTED).bind(aliasAfter).problem().reason())
                .isEqualTo("bad_header: column 'Close/Last' repeats column 'Close'");
        assertThat(NAMES.repeats(ColumnNames.Repeats.OWN_NAME_REJECTED).bind(aliasAfter).problem()).isNull();
        assertThat(NAMES.repeats(ColumnNames.Repeats.OWN_NAME_REJECTED).bind(ownNameAfter).problem().reason())
                .isEqualTo("bad_header: column 'close' appears twice");
    }

    @Test
    void aLooserFormIsTriedOnlyWhenTheNormalisedNameIsNoAlias() {
        ColumnNames names = ColumnNames.normalisedBy(s -> s.toLowerCase(Locale.ROOT).replace(' ', '_'))
                .thenTrying(s -> s.replace("_", ""))
                .column("post", "post_money", "postmoney");
        assertThat(names.bind(List.of("Post Money")).column("post")).isZero();
        assertThat(names.bind(List.of("_PostMoney")).column("post")).isZero();
        assertThat(names.bind(List.of("Post Money Valuation")).has("post")).isFalse();
    }

    @Test
    void aDataLineMustHaveTheHeadersWidthOrATrailingDelimiterMore() {
        Header h = NAMES.bind(List.of("Date", "Close"));
        assertThat(h.misfit(List.of("2024-01-02", "1.5"))).isNull();
        assertThat(h.misfit(List.of("2024-01-02", "1.5", ""))).isNull();
        assertThat(h.misfit(List.of("2024-01-02")).reason()).isEqualTo("truncated: expected 2 fields as in the header, got 1");
        assertThat(h.misfit(List.of("a", "b", "c")).reason()).isEqualTo("bad_field_count: expected 2 fields as in the header, got 3");
        assertThat(h.misfit(null).reason()).isEqualTo("malformed_csv: unterminated quote");
    }

    @Test
    void rejectCodesAreReadBackFromAReason() {
        assertThat(RejectCode.of(new Reject("f", 1, "bad_xml: broke off", ""))).contains(RejectCode.BAD_XML);
        assertThat(RejectCode.of(new Reject("f", 1, "not_article: menu page", ""))).isEmpty();
        assertThat(RejectCode.STALE_BAR.because("x").reason()).isEqualTo("stale_bar: x");
    }
}
