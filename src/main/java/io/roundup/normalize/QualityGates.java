package io.roundup.normalize;

import io.roundup.domain.FundingEvent;
import io.roundup.domain.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks on the merged ledger before anything is published. Each violation names the event
 * ({@code event_id} and company) and what is wrong, so an operator can find the row.
 * <ul>
 *   <li>one event per company, type, date and round: a second one means the merge failed (events
 *       without a date are not compared: many undated mentions of one company are distinct rounds);</li>
 *   <li>amounts, valuations, offer prices and proceeds are positive;</li>
 *   <li>currencies are ISO 4217 codes;</li>
 *   <li>the post-money valuation is at least the amount raised (compared in USD when the
 *       currencies differ and both USD figures are known);</li>
 *   <li>every event has a source.</li>
 * </ul>
 */
public final class QualityGates {

    public List<String> violations(List<FundingEvent> events) {
        List<String> out = new ArrayList<>();
        Map<String, FundingEvent> seen = new HashMap<>();
        for (FundingEvent e : events) {
            String row = e.eventId() + " (" + e.company() + ")";
            if (e.date() != null) {
                String key = String.join("|", e.company().toLowerCase(Locale.ROOT), e.type().code(), e.date().toString(),
                        e.roundLabel() == null ? "" : e.roundLabel().toLowerCase(Locale.ROOT));
                FundingEvent first = seen.putIfAbsent(key, e);
                if (first != null) {
                    out.add(row + ": same company, type, date and round as " + first.eventId());
                }
            }
            positive(out, row, "amount", e.amount());
            positive(out, row, "post_money_valuation", e.postMoney());
            positive(out, row, "pre_money_valuation", e.preMoney());
            positive(out, row, "offer_price", e.offerPrice());
            positive(out, row, "proceeds", e.proceeds());
            if (e.amount() != null && e.postMoney() != null && postBelowAmount(e)) {
                out.add(row + ": post-money valuation " + e.postMoney() + " is below the amount raised " + e.amount());
            }
            if (e.sources().isEmpty()) out.add(row + ": no source");
        }
        return out;
    }

    private static boolean postBelowAmount(FundingEvent e) {
        if (e.amount().currency().equals(e.postMoney().currency())) {
            return e.postMoney().amount().compareTo(e.amount().amount()) < 0;
        }
        return e.amountUsd() != null && e.postMoneyUsd() != null && e.postMoneyUsd().compareTo(e.amountUsd()) < 0;
    }

    private static void positive(List<String> out, String row, String field, Money m) {
        if (m == null) return;
        if (m.amount().compareTo(BigDecimal.ZERO) <= 0) out.add(row + ": " + field + " " + m + " is not positive");
        if (!isIso(m.currency())) out.add(row + ": " + field + " currency " + m.currencyCode() + " is not an ISO 4217 code");
    }

    private static boolean isIso(Currency c) {
        return c.getCurrencyCode().matches("[A-Z]{3}") && Currency.getAvailableCurrencies().contains(c);
    }
}
