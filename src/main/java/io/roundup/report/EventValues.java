package io.roundup.report;

import io.roundup.domain.EventStatus;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.UsdRates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/** USD figures and orderings of events, shared by the builders. */
final class EventValues {

    private EventValues() {
    }

    /**
     * The event amount in USD: {@code amountUsd} when set; otherwise {@code amount} converted at the
     * rate of {@code fxDate} (or the event date); USD amounts need no rate. Null when unknown.
     */
    static BigDecimal amountUsd(FundingEvent e, UsdRates rates) {
        if (e.amountUsd() != null) return e.amountUsd();
        return UsdMath.toUsd(e.amount(), rates, rateDate(e));
    }

    /** The post-money valuation in USD, by the same rule as {@link #amountUsd}. */
    static BigDecimal postMoneyUsd(FundingEvent e, UsdRates rates) {
        if (e.postMoneyUsd() != null) return e.postMoneyUsd();
        return UsdMath.toUsd(e.postMoney(), rates, rateDate(e));
    }

    private static LocalDate rateDate(FundingEvent e) {
        return e.fxDate() != null ? e.fxDate() : e.date();
    }

    /** 0 for completed/announced, 1 for planned/in_talks/reported, 2 for no status. */
    static int certainty(EventStatus s) {
        if (s == null) return 2;
        return s == EventStatus.COMPLETED || s == EventStatus.ANNOUNCED ? 0 : 1;
    }

    static int statusRank(EventStatus s) {
        return s == null ? Integer.MAX_VALUE : s.ordinal();
    }

    static final Comparator<String> TEXT = Comparator.nullsLast(
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));

    static final Comparator<LocalDate> NEWEST_FIRST_NULLS_LAST = Comparator.nullsLast(Comparator.reverseOrder());

    static final Comparator<BigDecimal> LARGEST_FIRST_NULLS_LAST = Comparator.nullsLast(Comparator.reverseOrder());
}
