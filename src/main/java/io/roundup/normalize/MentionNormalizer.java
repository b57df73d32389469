package io.roundup.normalize;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Company;
import io.roundup.domain.Mention;
import io.roundup.domain.Money;
import io.roundup.fx.SourcedUsdRate;
import io.roundup.fx.SourcedUsdRates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Resolves a mention's company through the registry and converts its amount and valuations to USD
 * at the reference rate of the event date, or of the publication date when the text gives no day
 * (the last rate published on or before it).
 */
public final class MentionNormalizer {

    private final CompanyRegistry registry;
    private final SourcedUsdRates rates;

    public MentionNormalizer(CompanyRegistry registry, SourcedUsdRates rates) {
        this.registry = registry;
        this.rates = rates;
    }

    public NormalizedMention normalize(Mention m, int seq, LocalDate published) {
        Optional<Company> company = resolve(m.company());
        LocalDate rateDay = m.date() != null ? m.date() : published;
        Money main = m.amount() != null ? m.amount() : m.postMoney() != null ? m.postMoney() : m.preMoney();
        SourcedUsdRate mainRate = main == null ? null : rate(main, rateDay);
        return new NormalizedMention(m, seq,
                company.map(Company::name).orElse(m.company().trim()),
                company.isPresent(),
                company.map(Company::country).orElse(null),
                mainRate == null ? null : main.currencyCode(),
                mainRate == null ? null : mainRate.perUsd(),
                mainRate == null ? null : mainRate.date(),
                mainRate == null ? null : mainRate.source(),
                usd(m.amount(), rateDay), usd(m.postMoney(), rateDay), usd(m.preMoney(), rateDay));
    }

    /** Tries the whole name, then each part of "YueZhiAnMian (Kimi)" or "Zhipu / Knowledge Atlas". */
    public Optional<Company> resolve(String name) {
        Optional<Company> whole = registry.find(name);
        if (whole.isPresent()) return whole;
        for (String part : name.split("[()（）/,，;]| aka ")) {
            if (part.isBlank()) continue;
            Optional<Company> c = registry.find(part);
            if (c.isPresent()) return c;
        }
        return Optional.empty();
    }

    private SourcedUsdRate rate(Money money, LocalDate day) {
        if (day == null) return null;
        return rates.quote(money.currency(), day).orElse(null);
    }

    /** USD to the cent; null when the amount, the day or the rate is missing. */
    private BigDecimal usd(Money money, LocalDate day) {
        if (money == null) return null;
        SourcedUsdRate r = rate(money, day);
        if (r == null) return null;
        return money.amount().divide(r.perUsd(), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
    }
}
