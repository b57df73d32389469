package io.roundup.extract;

import io.roundup.domain.EventType;
import io.roundup.extract.AmountRoles.RoledMoney;
import io.roundup.extract.CompanySpotter.NameSpan;
import io.roundup.extract.InvestorExtractor.Zone;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Details a clause without an event of its own adds to the event told just before: "The round was led by X",
 * "valuing the company at $Y", "是次集资总额约23.6亿港元", "Der Kaufpreis liegt bei 1,5 Mrd. Dollar".
 */
final class FocusDetails {

    private static final GuardedPattern DEBT = GuardedPattern.of("(?i)\\b(?:debt|loans?|credit|facility|bonds?|notes|underwriters?|bookrunners?)\\b|贷款|债",
            Guard.words("debt", "loan", "credit", "facility", "bond", "notes", "underwriter", "bookrunner", "贷款", "债"));
    private static final Pattern DEAL_PRICE = Pattern.compile(
            "(?iu)\\b(?:purchase price|deal value|transaction value|the deal (?:values|valued|is worth|was worth)|the (?:company|group|buyer) (?:will pay|pays|paid)|"
                    + "kaufpreis|transaktionswert|übernahmepreis|der deal (?:bewertet|hat einen wert)|zahlt|zahlte|"
                    // "14 Dollar je Aktie, was einem Gesamtwert von 1,5 Mrd. entspricht", "an equity value of $8 billion"
                    + "gesamtwert|gesamtvolumen|(?:equity|enterprise|total) value)|收购价|收购对价|交易对价|交易金额|作价");
    private static final GuardedPattern DEFINITE_VALUATION = GuardedPattern.of("(?i)\\bthe (?:pre-money |post-money |post-investment |pre-investment )?valuation (?:was|is|stood|came|of)\\b"
            + "|(?iu)(?<![\\p{L}])die (?:\\p{L}+ )?bewertung (?:liegt|lag|beträgt|betrug|steigt|stieg|erhöht|klettert|kletterte)|(?:本轮|此轮)?(?:融资后|投后)?估值(?:达到|达|为|升至|超过)",
            Guard.words("valuation", "bewertung", "估值"));
    /** Words for the offering told before: "是次", "本次发行", "the offering". */
    private static final Pattern THIS_OFFERING = Pattern.compile("(?i)是次|本次|此次|该次|这次|\\bthe (?:offering|ipo|listing|float|flotation|share sale)\\b");
    /** Words of an offering's gross proceeds. */
    private static final Pattern PROCEEDS = Pattern.compile("(?i)集资|募资|募集|筹资|所得款项|\\b(?:raised|raising|raise|proceeds|brought in|fetched)\\b|erlös|brachte");

    private FocusDetails() {
    }

    static boolean isDebt(String clause) {
        return DEBT.find(clause);
    }

    static boolean definiteValuation(String clause) {
        return DEFINITE_VALUATION.find(clause);
    }

    /** "ICONIQ led the round, with A and B acting as co-leads": leads of the event told just before. */
    static void addLeads(String clause, List<NameSpan> names, DocumentContext ctx) {
        Draft f = ctx.focus;
        if (f == null || f.type != EventType.FUNDING_ROUND) return;
        if (isDebt(clause)) return;
        for (String l : InvestorExtractor.leads(clause, names)) {
            if (!f.leads.contains(l) && !CompanyNames.key(l).equals(CompanyNames.key(f.company))) f.leads.add(l);
        }
    }

    /** Adds what {@code clause} tells of the event told just before: leads, valuation, price, proceeds, exchange. */
    static void add(String clause, List<NameSpan> names, DocumentContext ctx) {
        Draft f = ctx.focus;
        if (f == null) return;
        List<String> leads = InvestorExtractor.leads(clause, names);
        boolean otherCompany = namesOtherCompany(clause, names, leads, f);
        if (f.type == EventType.IPO) {
            if (!otherCompany) addToOffering(clause, f);
            return;
        }
        if (f.type == EventType.ACQUISITION) {
            // "Der Kaufpreis liegt bei rund 1,5 Milliarden Dollar", "The deal values WalkMe at $1.5 billion": the price told next
            if (f.amount != null || otherCompany || !DEAL_PRICE.matcher(clause).find()) return;
            for (RoledMoney rm : AmountRoles.classify(clause)) {
                if ((rm.role() == AmountRoles.Role.AMOUNT || rm.role() == AmountRoles.Role.POST_MONEY) && f.amount == null) f.amount = rm.span().money();
            }
            return;
        }
        if (f.type != EventType.FUNDING_ROUND || isDebt(clause)) return;
        for (String l : leads) if (!f.leads.contains(l) && !CompanyNames.key(l).equals(CompanyNames.key(f.company))) f.leads.add(l);
        if (otherCompany) return;
        boolean definite = definiteValuation(clause);
        if (!definite && !Referents.PRONOUN_START.matcher(clause).find()) return;
        for (RoledMoney rm : AmountRoles.classify(clause)) {
            if (rm.role() == AmountRoles.Role.POST_MONEY && f.postMoney == null && (!definite || f.preMoney == null)) f.postMoney = rm.span().money();
            if (rm.role() == AmountRoles.Role.PRE_MONEY && f.preMoney == null && (!definite || f.postMoney == null)) f.preMoney = rm.span().money();
        }
    }

    /** A clause naming another company (not an investor of the round) is not about the last event. */
    private static boolean namesOtherCompany(String clause, List<NameSpan> names, List<String> leads, Draft f) {
        List<Zone> zones = InvestorExtractor.zones(clause);
        int with = clause.toLowerCase(Locale.ROOT).indexOf(" with ");
        for (NameSpan n : names) {
            if (InvestorExtractor.inZone(zones, n.start()) || CompanyNames.sameCompany(n.canonical(), f.company) || Subjects.isPerson(clause, n)) continue;
            if (leads.contains(n.canonical()) || clause.substring(0, n.start()).isBlank() || with >= 0 && n.start() > with) continue;
            return true;
        }
        return false;
    }

    /** "是次集资总额约23.6亿港元", "the offering raised $1.5 billion": details of the listing told just before. */
    private static void addToOffering(String clause, Draft f) {
        if (!Referents.PRONOUN_START.matcher(clause).find() && !THIS_OFFERING.matcher(clause).find()) return;
        boolean proceeds = PROCEEDS.matcher(clause).find();
        for (RoledMoney rm : AmountRoles.classify(clause)) {
            if (rm.role() == AmountRoles.Role.OFFER_PRICE && f.offerPrice == null) f.offerPrice = rm.span().money();
            if (rm.role() == AmountRoles.Role.AMOUNT && f.amount == null && proceeds) f.amount = rm.span().money();
        }
        if (f.exchange == null) f.exchange = ExchangeTicker.exchange(clause);
        if (f.ticker == null) {
            ExchangeTicker.Ticker t = ExchangeTicker.tickerAt(clause, 0);
            if (t != null) f.ticker = t.code();
        }
    }
}
