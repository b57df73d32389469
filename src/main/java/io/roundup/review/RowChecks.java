package io.roundup.review;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Row-level checks on the merged ledger. An event that fails one is not an error of the run: it is
 * put into review (held out of the summaries until an analyst approves or corrects it), and the
 * rest of the ledger is published. One finding per event and check; several problems of one kind
 * are joined in its detail.
 * <ul>
 *   <li>{@code not_positive}: an amount, valuation, offer price or proceeds of zero or less;</li>
 *   <li>{@code currency}: a currency that is not an ISO 4217 code;</li>
 *   <li>{@code post_below_amount}: a post-money valuation below the amount raised (in USD when the
 *       currencies differ);</li>
 *   <li>{@code valuation_jump}: a post-money valuation more than {@code factor} times above or below
 *       the company's previous dated valuation (USD);</li>
 *   <li>{@code ipo_without_exchange}: a completed IPO without an exchange (a planned IPO often has
 *       no venue yet, so only completed ones are checked);</li>
 *   <li>{@code unmerged_duplicate}: the same company, type, date and round as an earlier event: the
 *       merge should have joined them (undated events are not compared: many undated mentions of
 *       one company are distinct rounds).</li>
 * </ul>
 */
public final class RowChecks {

    /** The valuation factor used when none is configured. */
    public static final BigDecimal DEFAULT_FACTOR = BigDecimal.TEN;

    private final BigDecimal factor;

    public RowChecks(BigDecimal factor) {
        if (factor == null || factor.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("the valuation factor must be above 1, got " + factor);
        }
        this.factor = factor;
    }

    public List<Finding> findings(List<FundingEvent> events) {
        Map<String, Map<String, List<String>>> details = new LinkedHashMap<>();
        Map<String, FundingEvent> byId = new HashMap<>();
        for (FundingEvent e : events) {
            byId.put(e.eventId(), e);
            Map<String, List<String>> mine = details.computeIfAbsent(e.eventId(), k -> new LinkedHashMap<>());
            figures(e, mine);
            if (e.amount() != null && e.postMoney() != null && postBelowAmount(e)) {
                add(mine, "post_below_amount", "post-money valuation " + e.postMoney() + " is below the amount raised " + e.amount());
            }
            if (e.type() == EventType.IPO && e.status() == EventStatus.COMPLETED && e.exchange() == null) {
                add(mine, "ipo_without_exchange", "a completed IPO without an exchange");
            }
        }
        duplicates(events, details);
        valuationJumps(events, details);
        List<Finding> out = new ArrayList<>();
        details.forEach((id, checks) -> checks.forEach((check, texts) ->
                out.add(new Finding(id, byId.get(id).company(), check, String.join("; ", texts)))));
        return out;
    }

    private static void figures(FundingEvent e, Map<String, List<String>> mine) {
        figure(mine, "amount", e.amount());
        figure(mine, "post_money_valuation", e.postMoney());
        figure(mine, "pre_money_valuation", e.preMoney());
        figure(mine, "offer_price", e.offerPrice());
        figure(mine, "proceeds", e.proceeds());
    }

    private static void figure(Map<String, List<String>> mine, String field, Money m) {
        if (m == null) return;
        if (m.amount().signum() <= 0) add(mine, "not_positive", field + " " + m + " is not positive");
        if (!isIso(m.currency())) add(mine, "currency", field + " currency " + m.currencyCode() + " is not an ISO 4217 code");
    }

    private static void duplicates(List<FundingEvent> events, Map<String, Map<String, List<String>>> details) {
        Map<String, FundingEvent> seen = new HashMap<>();
        for (FundingEvent e : events) {
            if (e.date() == null) continue;
            String key = String.join("|", e.company().toLowerCase(Locale.ROOT), e.type().code(), e.date().toString(),
                    e.roundLabel() == null ? "" : e.roundLabel().toLowerCase(Locale.ROOT));
            FundingEvent first = seen.putIfAbsent(key, e);
            if (first != null) {
                add(details.get(e.eventId()), "unmerged_duplicate", "same company, type, date and round as " + first.eventId());
            }
        }
    }

    /** Each dated valuation against the company's previous dated one, in date order. */
    private void valuationJumps(List<FundingEvent> events, Map<String, Map<String, List<String>>> details) {
        Map<String, List<FundingEvent>> byCompany = new LinkedHashMap<>();
        for (FundingEvent e : events) {
            if (e.date() != null && e.postMoneyUsd() != null && e.postMoneyUsd().signum() > 0) {
                byCompany.computeIfAbsent(e.company().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<FundingEvent> rounds : byCompany.values()) {
            rounds.sort(Comparator.comparing(FundingEvent::date).thenComparing(FundingEvent::eventId));
            for (int i = 1; i < rounds.size(); i++) {
                FundingEvent before = rounds.get(i - 1), now = rounds.get(i);
                BigDecimal ratio = now.postMoneyUsd().divide(before.postMoneyUsd(), MathContext.DECIMAL64);
                boolean jump = ratio.compareTo(factor) > 0;
                if (jump || ratio.multiply(factor).compareTo(BigDecimal.ONE) < 0) {
                    add(details.get(now.eventId()), "valuation_jump", String.format(Locale.ROOT,
                            "post-money valuation USD %s is %s times the previous one, USD %s on %s (%s); allowed factor %s",
                            Money.plain(now.postMoneyUsd()), ratio.round(new MathContext(3)).toPlainString(),
                            Money.plain(before.postMoneyUsd()), before.date(), before.eventId(), Money.plain(factor)));
                }
            }
        }
    }

    private static boolean postBelowAmount(FundingEvent e) {
        if (e.amount().currency().equals(e.postMoney().currency())) {
            return e.postMoney().amount().compareTo(e.amount().amount()) < 0;
        }
        return e.amountUsd() != null && e.postMoneyUsd() != null && e.postMoneyUsd().compareTo(e.amountUsd()) < 0;
    }

    private static void add(Map<String, List<String>> mine, String check, String detail) {
        mine.computeIfAbsent(check, k -> new ArrayList<>()).add(detail);
    }

    private static boolean isIso(Currency c) {
        return c.getCurrencyCode().matches("[A-Z]{3}") && Currency.getAvailableCurrencies().contains(c);
    }
}
