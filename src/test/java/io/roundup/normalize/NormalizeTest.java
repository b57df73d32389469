package io.roundup.normalize;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Company;
import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.FundingEvent;
import io.roundup.domain.Mention;
import io.roundup.domain.Money;
import io.roundup.domain.UsdRate;
import io.roundup.fx.SourcedUsdRate;
import io.roundup.fx.SourcedUsdRates;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizeTest {

    private static final LocalDate JAN8 = LocalDate.of(2026, 1, 8);
    private static final LocalDate JAN9 = LocalDate.of(2026, 1, 9);

    /** HKD 7.8 per USD on and after 8 January 2026, nothing before; USD is 1. */
    private static final SourcedUsdRates RATES = new SourcedUsdRates() {
        @Override
        public Optional<SourcedUsdRate> quote(Currency currency, LocalDate date) {
            if (date.isBefore(JAN8)) return Optional.empty();
            return switch (currency.getCurrencyCode()) {
                case "USD" -> Optional.of(new SourcedUsdRate(JAN8, BigDecimal.ONE, "identity"));
                case "HKD" -> Optional.of(new SourcedUsdRate(JAN8, new BigDecimal("7.8"), "ECB"));
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<UsdRate> on(Currency currency, LocalDate date) {
            return quote(currency, date).map(SourcedUsdRate::toUsdRate);
        }
    };

    private final CompanyRegistry registry = new CompanyRegistry(List.of(
            new Company("Moonshot AI", List.of("Kimi", "YueZhiAnMian"), "CN", null, null, null),
            new Company("Zhipu AI", List.of("Zhipu"), "CN", null, "HKEX", "2513"),
            new Company("xAI", List.of(), "US", null, null, null)));
    private final MentionNormalizer normalizer = new MentionNormalizer(registry, RATES);

    private static Mention mention(String file, String company, EventType type, EventStatus status, Money amount,
                                   Money post, LocalDate date) {
        return new Mention(file, company, type, status, amount, post, null, null, date, List.of(), null, null, null,
                null, "evidence of " + company);
    }

    @Test
    void resolvesThroughAParentheticalAliasAndConvertsAtTheEventDate() {
        Mention m = mention("a.html", "YueZhiAnMian (Kimi)", EventType.FUNDING_ROUND, EventStatus.COMPLETED,
                Money.of("780000000", "HKD"), null, JAN9);
        NormalizedMention n = normalizer.normalize(m, 1, JAN9);
        assertThat(n.company()).isEqualTo("Moonshot AI");
        assertThat(n.resolved()).isTrue();
        assertThat(n.country()).isEqualTo("CN");
        assertThat(n.amountUsd()).isEqualByComparingTo("100000000");
        assertThat(n.fxRate()).isEqualByComparingTo("7.8");
        assertThat(n.fxCurrency()).isEqualTo("HKD");
        assertThat(n.fxDate()).isEqualTo(JAN8);
        assertThat(n.fxSource()).isEqualTo("ECB");
    }

    @Test
    void withoutAnEventDateThePublicationDateChoosesTheRate() {
        Mention m = mention("a.html", "xAI", EventType.FUNDING_ROUND, EventStatus.IN_TALKS, null,
                Money.of("230000000000", "USD"), null);
        NormalizedMention n = normalizer.normalize(m, 1, JAN9);
        assertThat(n.postMoneyUsd()).isEqualByComparingTo("230000000000");
        assertThat(n.amountUsd()).isNull();
        assertThat(n.fxCurrency()).isEqualTo("USD");
    }

    @Test
    void unknownCompanyIsKeptUnresolvedAndNoRateMeansNoUsd() {
        Mention m = mention("a.html", " Acme Robotics ", EventType.FUNDING_ROUND, EventStatus.COMPLETED,
                Money.of("5000000", "HKD"), null, LocalDate.of(2020, 1, 1));
        NormalizedMention n = normalizer.normalize(m, 1, null);
        assertThat(n.company()).isEqualTo("Acme Robotics");
        assertThat(n.resolved()).isFalse();
        assertThat(n.country()).isNull();
        assertThat(n.amountUsd()).isNull();
        assertThat(n.fxRate()).isNull();
    }

    private List<NormalizedMention> normalized(Mention... mentions) {
        List<NormalizedMention> out = new ArrayList<>();
        int seq = 1;
        for (Mention m : mentions) out.add(normalizer.normalize(m, seq++, JAN9));
        return out;
    }

    @Test
    void sameEventFromTwoDocumentsBecomesOneWithBothSources() {
        List<FundingEvent> events = new EventMerger().merge(normalized(
                mention("a.html", "xAI", EventType.FUNDING_ROUND, EventStatus.COMPLETED, Money.of("20000000000", "USD"),
                        Money.of("230000000000", "USD"), LocalDate.of(2026, 1, 6)),
                mention("b.html", "xAI", EventType.FUNDING_ROUND, EventStatus.REPORTED, Money.of("20000000000", "USD"),
                        null, null)));
        assertThat(events).hasSize(1);
        FundingEvent e = events.get(0);
        assertThat(e.sources()).containsExactly("a.html", "b.html");
        assertThat(e.status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(e.date()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(e.postMoney()).isEqualTo(Money.of("230000000000", "USD"));
        assertThat(e.conflicts()).isEmpty();
    }

    @Test
    void differentRoundsOfOneCompanyStayApart() {
        List<FundingEvent> events = new EventMerger().merge(normalized(
                mention("a.html", "xAI", EventType.FUNDING_ROUND, EventStatus.PLANNED, Money.of("100000000000", "USD"),
                        Money.of("830000000000", "USD"), null),
                mention("a.html", "xAI", EventType.FUNDING_ROUND, EventStatus.COMPLETED, null,
                        Money.of("500000000000", "USD"), null),
                mention("b.html", "xAI", EventType.IPO, EventStatus.PLANNED, null, null, null)));
        assertThat(events).hasSize(3);
    }

    @Test
    void sameDayWithDisagreeingFiguresIsOneEventWithTheConflictKept() {
        List<FundingEvent> events = new EventMerger().merge(normalized(
                mention("a.html", "Zhipu", EventType.IPO, EventStatus.COMPLETED, Money.of("4348000000", "HKD"), null, JAN8),
                mention("b.html", "Zhipu AI", EventType.IPO, EventStatus.COMPLETED, Money.of("4300000000", "HKD"), null, JAN8),
                mention("c.html", "Zhipu", EventType.IPO, EventStatus.COMPLETED, Money.of("5000000000", "HKD"), null, JAN8)));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).sources()).containsExactly("a.html", "b.html", "c.html");
        assertThat(events.get(0).conflicts()).singleElement().asString()
                .startsWith("amount:").contains("HKD 4348000000 (a.html)").contains("HKD 5000000000 (c.html)");
        assertThat(events.get(0).amountUsd()).isEqualByComparingTo("557435897.44");
    }

    @Test
    void theMostExactFigureWins() {
        List<FundingEvent> events = new EventMerger().merge(normalized(
                mention("a.html", "Zhipu", EventType.IPO, EventStatus.COMPLETED, Money.of("4350000000", "HKD"), null, JAN8),
                mention("b.html", "Zhipu AI", EventType.IPO, EventStatus.COMPLETED, Money.of("4348000000", "HKD"), null, JAN8)));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.amount()).isEqualTo(Money.of("4348000000", "HKD"));
            assertThat(e.conflicts()).isEmpty();
        });
    }

    @Test
    void eventIdsAndOrderDoNotDependOnInputOrder() {
        List<NormalizedMention> ns = normalized(
                mention("a.html", "xAI", EventType.FUNDING_ROUND, EventStatus.COMPLETED, Money.of("20000000000", "USD"), null, null),
                mention("b.html", "Kimi", EventType.FUNDING_ROUND, EventStatus.COMPLETED, null,
                        Money.of("4300000000", "USD"), LocalDate.of(2025, 12, 31)),
                mention("c.html", "xAI", EventType.FUNDING_ROUND, EventStatus.COMPLETED, Money.of("6000000000", "USD"), null, null));
        List<FundingEvent> first = new EventMerger().merge(ns);
        List<NormalizedMention> shuffled = new ArrayList<>(ns);
        Collections.reverse(shuffled);
        List<FundingEvent> second = new EventMerger().merge(shuffled);
        assertThat(second).isEqualTo(first);
        assertThat(first).extracting(FundingEvent::eventId).doesNotHaveDuplicates().allMatch(id -> id.startsWith("ev-"));
    }

    @Test
    void currencyOfTheRateIsTheAmountsCurrency() {
        NormalizedMention n = normalizer.normalize(mention("a.html", "Zhipu", EventType.IPO, EventStatus.COMPLETED,
                Money.of("4348000000", "HKD"), null, JAN8), 1, JAN9);
        assertThat(Currency.getInstance(n.fxCurrency())).isEqualTo(Currency.getInstance("HKD"));
    }
}
