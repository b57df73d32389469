package io.roundup.report;

import io.roundup.domain.Company;
import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Listing;
import io.roundup.domain.Money;
import io.roundup.domain.PriceBar;
import io.roundup.domain.UsdRate;
import io.roundup.domain.UsdRates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Hand-made inputs shared by the report tests, including the seed article's events. */
final class Fixtures {

    private Fixtures() {
    }

    static final LocalDate ZHIPU_LISTING = LocalDate.of(2026, 1, 8);

    static BigDecimal bd(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    static Company company(String name, String country, String... aliases) {
        return new Company(name, List.of(aliases), country, "ai", null, null);
    }

    /** An event with USD amounts given directly (null when unknown). */
    static FundingEvent event(String id, String company, boolean resolved, String country, EventType type,
                              EventStatus status, String amountUsd, String postMoneyUsd, String date) {
        return new FundingEvent(id, company, resolved, country, type, status,
                amountUsd == null ? null : Money.of(amountUsd, "USD"), bd(amountUsd), BigDecimal.ONE, d(date), "ECB",
                postMoneyUsd == null ? null : Money.of(postMoneyUsd, "USD"), bd(postMoneyUsd),
                null, null, null, d(date), List.of(), null, null, null, null, List.of("seed.txt"), List.of(), "");
    }

    /** An event in a foreign currency without USD figures (the builders must convert). */
    static FundingEvent foreignEvent(String id, String company, EventType type, EventStatus status,
                                     Money amount, Money postMoney, String date) {
        return new FundingEvent(id, company, true, null, type, status, amount, null, null, null, null,
                postMoney, null, null, null, null, d(date), List.of(), null, null, null, null,
                List.of(), List.of(), "");
    }

    static PriceBar bar(String ticker, String date, String open, String high, String low, String close) {
        return new PriceBar(ticker, d(date), bd(open), bd(high), bd(low), bd(close), bd(close), bd("1000"));
    }

    static Listing listing(String company, String exchange, String ticker, String date, String offer,
                           String currency, Long shares, String proceeds) {
        return new Listing(company, exchange, ticker, d(date), bd(offer),
                currency == null ? null : Currency.getInstance(currency), shares, bd(proceeds));
    }

    /** ECB-style rates: per-EUR quotes by date, turned into per-USD (last quote on or before the day). */
    static final class EcbRates implements UsdRates {
        private final Map<String, TreeMap<LocalDate, BigDecimal>> perEur = new TreeMap<>();

        EcbRates put(String date, String currency, String unitsPerEur) {
            perEur.computeIfAbsent(currency, c -> new TreeMap<>()).put(d(date), bd(unitsPerEur));
            return this;
        }

        @Override
        public Optional<UsdRate> on(Currency currency, LocalDate date) {
            TreeMap<LocalDate, BigDecimal> usd = perEur.get("USD");
            TreeMap<LocalDate, BigDecimal> cur = perEur.get(currency.getCurrencyCode());
            if (usd == null || cur == null) return Optional.empty();
            Map.Entry<LocalDate, BigDecimal> c = cur.floorEntry(date);
            if (c == null) return Optional.empty();
            BigDecimal u = usd.get(c.getKey());
            if (u == null) return Optional.empty();
            return Optional.of(new UsdRate(c.getKey(), c.getValue().divide(u, MathContext.DECIMAL128)));
        }
    }

    /** ECB 2026-01-08: USD 1.1675, HKD 9.0981, CNY 8.1513 per EUR. */
    static EcbRates ecb() {
        return new EcbRates()
                .put("2026-01-08", "USD", "1.1675").put("2026-01-08", "HKD", "9.0981").put("2026-01-08", "CNY", "8.1513");
    }

    static final long ZHIPU_SHARES = 440_226_000L;

    static Listing zhipuListing() {
        return listing("Zhipu AI", "HKEX", "2513", "2026-01-08", "116.20", "HKD", ZHIPU_SHARES, "4348000000");
    }

    static PriceBar zhipuFirstDay() {
        return bar("02513.HK", "2026-01-08", "120.00", "135.00", "116.10", "131.50");
    }

    static List<Company> seedRegistry() {
        return List.of(
                company("OpenAI", "US"),
                company("Anthropic", "US"),
                company("xAI", "US", "X.AI"),
                new Company("Zhipu AI", List.of("Knowledge Atlas", "智谱", "02513.HK"), "CN", "ai", "HKEX", "2513"),
                company("MiniMax", "CN"),
                company("Moonshot AI", "CN", "月之暗面"),
                company("DeepSeek", "CN"));
    }

    /** The events of the seed article, with USD figures as the normaliser would give them. */
    static List<FundingEvent> seedEvents() {
        return List.of(
                new FundingEvent("e-zhipu", "Zhipu AI", true, "CN", EventType.IPO, EventStatus.COMPLETED,
                        Money.of("4348000000", "HKD"), new BigDecimal("557950561"), new BigDecimal("7.792805"),
                        ZHIPU_LISTING, "ECB", null, null, null, null, null, ZHIPU_LISTING, List.of(), "HKEX", "2513",
                        Money.of("116.2", "HKD"), Money.of("4348000000", "HKD"), List.of("000.txt"), List.of(), ""),
                new FundingEvent("e-minimax", "MiniMax", true, "CN", EventType.IPO, EventStatus.ANNOUNCED,
                        Money.of("4820000000", "HKD"), new BigDecimal("618520000"), new BigDecimal("7.792805"),
                        ZHIPU_LISTING, "ECB", null, null, null, null, null, d("2026-01-09"), List.of(), "HKEX", null,
                        null, Money.of("4820000000", "HKD"), List.of("000.txt"), List.of(), ""),
                event("e-xai", "xAI", true, "US", EventType.FUNDING_ROUND, EventStatus.COMPLETED,
                        "20000000000", "230000000000", "2026-01-06"),
                event("e-anthropic", "Anthropic", true, "US", EventType.FUNDING_ROUND, EventStatus.IN_TALKS,
                        "10000000000", "350000000000", null),
                event("e-openai-plan", "OpenAI", true, "US", EventType.FUNDING_ROUND, EventStatus.PLANNED,
                        "100000000000", "830000000000", null),
                event("e-openai-oct", "OpenAI", true, "US", EventType.FUNDING_ROUND, EventStatus.COMPLETED,
                        "40000000000", "500000000000", null),
                event("e-moonshot", "Moonshot AI", true, "CN", EventType.FUNDING_ROUND, EventStatus.COMPLETED,
                        null, "4300000000", "2025-12-31"),
                event("e-manus", "Manus", false, null, EventType.ACQUISITION, EventStatus.ANNOUNCED,
                        null, null, null));
    }

    static ReportInput seedInput() {
        return new ReportInput(seedEvents(), seedRegistry(), List.of(zhipuListing()),
                new InMemoryPriceLookup(List.of(zhipuFirstDay())),
                ecb(), d("2026-01-09"));
    }
}
