package io.roundup.report;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A ledger written by an attacker: markup, script and a javascript: URL in every text field. */
final class Hostile {

    static final String NAME = "<script>alert('name')</script>\"><img src=x onerror=alert(1)>";

    private Hostile() {
    }

    static List<FundingEvent> events() {
        return List.of(new FundingEvent("ev-\"><script>alert(2)</script>", NAME, false, "US", EventType.FUNDING_ROUND,
                EventStatus.COMPLETED, Money.of("1000000000", "USD"), new BigDecimal("1000000000"), BigDecimal.ONE,
                LocalDate.of(2026, 1, 5), "identity", Money.of("5000000000", "USD"), new BigDecimal("5000000000"), null, null,
                "</td><iframe src=x>", LocalDate.of(2026, 1, 5), List.of("<b onmouseover=alert(3)>lead</b>"), null, null, null, null,
                List.of("javascript:alert(4)", "https://example.org/a\"onclick=\"alert(5)", "news/<svg onload=alert(6)>.html",
                        "https://example.org/n?a=1&b='2'"),
                List.of("amount: <script>alert(7)</script>"), "Evidence </blockquote><script>alert(8)</script>\u202Egnp.exe"));
    }

    static ReportInput input() {
        return new ReportInput(events(), List.of(), List.of(), null, null, LocalDate.of(2026, 2, 1));
    }
}
