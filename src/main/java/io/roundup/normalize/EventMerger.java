package io.roundup.normalize;

import io.roundup.domain.EventStatus;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Mention;
import io.roundup.domain.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Merges mentions of the same real-world event from several documents into one {@link FundingEvent}.
 *
 * <p>Two mentions are the same event when company and type agree and nothing contradicts: no two
 * different days, no two different round labels, amounts (or, without amounts, post-money
 * valuations) within {@value #SAME_FIGURE} of each other. Two mentions with the same day are the same
 * event even when their figures differ; the disagreement is then kept in {@code conflicts}.
 * Fields come from the most certain mention (completed before announced before planned…), and
 * the first document in name order among equals, so the result does not depend on input order.
 */
public final class EventMerger {

    static final double SAME_FIGURE = 0.10;
    private static final double SAME_VALUE = 0.01;

    /** One merged event and the mentions it was made of. */
    public record Merged(FundingEvent event, List<NormalizedMention> members) {
    }

    public List<FundingEvent> merge(List<NormalizedMention> mentions) {
        return mergeWithMembers(mentions).stream().map(Merged::event).toList();
    }

    public List<Merged> mergeWithMembers(List<NormalizedMention> mentions) {
        List<NormalizedMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing((NormalizedMention n) -> n.company().toLowerCase(Locale.ROOT))
                .thenComparing(n -> n.mention().type())
                .thenComparing(n -> n.mention().status())
                .thenComparing(n -> n.mention().file())
                .thenComparingInt(NormalizedMention::seq));
        List<List<NormalizedMention>> clusters = new ArrayList<>();
        for (NormalizedMention n : sorted) {
            List<NormalizedMention> home = null;
            for (List<NormalizedMention> c : clusters) {
                if (c.stream().allMatch(o -> sameEvent(o, n))) {
                    home = c;
                    break;
                }
            }
            if (home == null) clusters.add(home = new ArrayList<>());
            home.add(n);
        }
        List<Merged> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<NormalizedMention> c : clusters) {
            FundingEvent e = build(c);
            String id = e.eventId();
            for (int i = 2; !ids.add(id); i++) id = e.eventId() + "-" + i;
            events.add(new Merged(id.equals(e.eventId()) ? e : withId(e, id), List.copyOf(c)));
        }
        events.sort(Comparator.comparing((Merged m) -> m.event().company(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(m -> m.event().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.event().eventId()));
        return events;
    }

    /**
     * The event these mentions make under a given id: an analyst's correction changes the mentions
     * but keeps the id the extraction gave, so the correction still finds its event on the next run.
     */
    public Merged rebuild(String id, List<NormalizedMention> members) {
        FundingEvent e = build(members);
        return new Merged(e.eventId().equals(id) ? e : withId(e, id), List.copyOf(members));
    }

    static boolean sameEvent(NormalizedMention a, NormalizedMention b) {
        Mention x = a.mention(), y = b.mention();
        if (!a.company().equalsIgnoreCase(b.company()) || x.type() != y.type()) return false;
        if (x.date() != null && y.date() != null) return x.date().equals(y.date());
        if (x.roundLabel() != null && y.roundLabel() != null && !x.roundLabel().equalsIgnoreCase(y.roundLabel())) {
            return false;
        }
        Boolean amounts = close(x.amount(), a.amountUsd(), y.amount(), b.amountUsd());
        if (amounts != null) return amounts;
        Boolean valuations = close(x.postMoney(), a.postMoneyUsd(), y.postMoney(), b.postMoneyUsd());
        return valuations == null || valuations;
    }

    /** Whether two figures are within {@link #SAME_FIGURE}; null when either is missing or they cannot be compared. */
    private static Boolean close(Money m1, BigDecimal usd1, Money m2, BigDecimal usd2) {
        if (m1 == null || m2 == null) return null;
        if (m1.currency().equals(m2.currency())) return relDiff(m1.amount(), m2.amount()) <= SAME_FIGURE;
        if (usd1 == null || usd2 == null) return null;
        return relDiff(usd1, usd2) <= SAME_FIGURE;
    }

    private static double relDiff(BigDecimal a, BigDecimal b) {
        double x = a.doubleValue(), y = b.doubleValue();
        double max = Math.max(Math.abs(x), Math.abs(y));
        return max == 0 ? 0 : Math.abs(x - y) / max;
    }

    private static FundingEvent build(List<NormalizedMention> cluster) {
        List<NormalizedMention> best = new ArrayList<>(cluster);
        best.sort(Comparator.comparing((NormalizedMention n) -> n.mention().status())
                .thenComparing(n -> n.mention().file()).thenComparingInt(NormalizedMention::seq));
        NormalizedMention head = best.get(0);
        EventStatus status = head.mention().status();
        NormalizedMention amountSource = mostPrecise(best, n -> n.mention().amount(), head);
        Money amount = amountSource.mention().amount();
        NormalizedMention valuationSource = mostPrecise(best, n -> n.mention().postMoney(), head);
        NormalizedMention preSource = mostPrecise(best, n -> n.mention().preMoney(), head);
        NormalizedMention rateSource = amount != null ? amountSource : valuationSource;
        LocalDate date = first(best, n -> n.mention().date());
        String round = first(best, n -> n.mention().roundLabel());
        Set<String> leads = new LinkedHashSet<>();
        best.forEach(n -> leads.addAll(n.mention().leadInvestors()));
        Set<String> sources = new TreeSet<>();
        cluster.forEach(n -> sources.add(n.mention().file()));
        List<String> conflicts = new ArrayList<>();
        conflict(conflicts, "amount", best, n -> n.mention().amount());
        conflict(conflicts, "post_money_valuation", best, n -> n.mention().postMoney());
        conflict(conflicts, "pre_money_valuation", best, n -> n.mention().preMoney());
        conflict(conflicts, "offer_price", best, n -> n.mention().offerPrice());
        String id = eventId(head.company(), head.mention().type().code(), date, round, amount);
        return new FundingEvent(id, head.company(), head.resolved(), head.country(), head.mention().type(), status,
                amount, amountSource.amountUsd(), rateSource.fxRate(), rateSource.fxDate(), rateSource.fxSource(),
                valuationSource.mention().postMoney(), valuationSource.postMoneyUsd(),
                preSource.mention().preMoney(), preSource.preMoneyUsd(), round, date, List.copyOf(leads),
                first(best, n -> n.mention().exchange()), first(best, n -> n.mention().ticker()),
                first(best, n -> n.mention().offerPrice()), first(best, n -> n.mention().proceeds()),
                List.copyOf(sources), conflicts, head.mention().evidence());
    }

    /**
     * Among the most certain mentions that give a figure, the one that states it most exactly:
     * "HK$4.348 billion" tells more than "about HK$4.35 billion" of the same proceeds.
     */
    private static NormalizedMention mostPrecise(List<NormalizedMention> ns, Function<NormalizedMention, Money> field,
                                                 NormalizedMention none) {
        List<NormalizedMention> with = ns.stream().filter(n -> field.apply(n) != null).toList();
        if (with.isEmpty()) return none;
        EventStatus top = with.get(0).mention().status();
        return with.stream().filter(n -> n.mention().status() == top)
                .max(Comparator.comparingInt((NormalizedMention n) -> field.apply(n).amount().stripTrailingZeros().precision())
                        .thenComparing(Comparator.comparing((NormalizedMention n) -> n.mention().file()).reversed())
                        .thenComparing(Comparator.comparingInt(NormalizedMention::seq).reversed()))
                .orElse(none);
    }

    private static <T> T first(List<NormalizedMention> ns, Function<NormalizedMention, T> field) {
        return ns.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static void conflict(List<String> out, String name, List<NormalizedMention> ns,
                                 Function<NormalizedMention, Money> field) {
        List<String> seen = new ArrayList<>();
        List<Money> values = new ArrayList<>();
        for (NormalizedMention n : ns) {
            Money m = field.apply(n);
            if (m == null) continue;
            boolean same = values.stream().anyMatch(v -> v.currency().equals(m.currency())
                    && relDiff(v.amount(), m.amount()) <= SAME_VALUE);
            if (!same) {
                values.add(m);
                seen.add(m + " (" + n.mention().file() + ")");
            }
        }
        if (seen.size() > 1) out.add(name + ": " + String.join(" vs ", seen));
    }

    /** Stable across runs: derived from what identifies the event, not from row order or time. */
    static String eventId(String company, String type, LocalDate date, String round, Money amount) {
        String figure = amount == null ? "" : amount.currencyCode() + " "
                + amount.amount().round(new MathContext(2)).stripTrailingZeros().toPlainString();
        String key = String.join("|", company.toLowerCase(Locale.ROOT), type,
                date == null ? "" : date.toString(), round == null ? "" : round.toLowerCase(Locale.ROOT), figure);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static FundingEvent withId(FundingEvent e, String id) {
        return new FundingEvent(id, e.company(), e.resolved(), e.country(), e.type(), e.status(), e.amount(),
                e.amountUsd(), e.fxRate(), e.fxDate(), e.fxSource(), e.postMoney(), e.postMoneyUsd(), e.preMoney(), e.preMoneyUsd(),
                e.roundLabel(), e.date(), e.leadInvestors(), e.exchange(), e.ticker(), e.offerPrice(), e.proceeds(),
                e.sources(), e.conflicts(), e.evidence());
    }
}
