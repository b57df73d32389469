package io.roundup.progress;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The live bar on a fake clock and a fake screen: ticks are called by hand, nothing waits. */
class TerminalMetersTest {

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private long now = 1_000_000_000L;
    private final TerminalMeters meters = new TerminalMeters(
            new TerminalLine(new PrintStream(screen, true, StandardCharsets.UTF_8), StandardCharsets.UTF_8),
            () -> now, () -> 100, false);

    private void after(double seconds) {
        now += (long) (seconds * TimeUnit.SECONDS.toNanos(1));
    }

    private String screen() {
        String s = screen.toString(StandardCharsets.UTF_8);
        screen.reset();
        return s;
    }

    @Test
    void aTaskShorterThanASecondDrawsNothing() {
        Meter meter = meters.open("loadCompanies", "rows");
        meter.add(12);
        after(0.9);
        meters.tick();
        meter.close();
        meters.tick();
        assertThat(screen()).isEmpty();
    }

    @Test
    void aLongTaskIsRedrawnAtEachTickAndErasedWhenItEnds() {
        Meter meter = meters.open("extractEvents", "documents");
        meter.expect(Total.exactly(100));
        meter.add(25);
        after(5);
        meters.tick();
        assertThat(screen()).isEqualTo("\rextractEvents    25% [=====>                ]  25/100 documents    5.0/s"
                + "   0:05 elapsed   0:15 left\033[K");
        meter.add(25);
        after(5);
        meters.tick();
        assertThat(screen()).contains(" 50% ").contains(" 50/100 documents").contains("0:10 left");
        meter.close();
        assertThat(screen()).isEqualTo("\r\033[K");
        meters.tick();
        assertThat(screen()).isEmpty();
    }

    @Test
    void theTotalIsAskedAtEachDrawSoAnEstimateCanMove() {
        Meter meter = meters.open("loadPrices", "rows");
        Total[] total = {Total.UNKNOWN};
        meter.expect(() -> total[0]);
        meter.add(1000);
        after(2);
        meters.tick();
        assertThat(screen()).isEqualTo("\rloadPrices      |  1,000 rows    500/s   0:02 elapsed\033[K");
        total[0] = Total.about(4000);
        meters.tick();
        assertThat(screen()).contains(" 25% ").contains("1,000/~4,000").contains("0:06 left");
    }

    @Test
    void partitionsAddToTheOpenBarOfTheirStepAndNoOtherTaskFindsIt() {
        Meter step = meters.open("loadPrices", "rows");
        meters.find("loadPrices").add(300);
        meters.find("loadPrices").add(200);
        assertThat(meters.find("loadListings")).isSameAs(Meter.NONE);
        after(1);
        meters.tick();
        assertThat(screen()).contains("    500 rows    500/s");
        step.close();
        assertThat(meters.find("loadPrices")).isSameAs(Meter.NONE);
    }

    @Test
    void openingTheNextTaskEndsTheBarOfTheLastOne() {
        Meter first = meters.open("fetchNews", "URLs");
        after(2);
        meters.tick();
        screen();
        Meter second = meters.open("readNews", "pages");
        assertThat(screen()).isEqualTo("\r\033[K");
        first.close(); // late: it is no longer the one shown
        second.add(4);
        after(2);
        meters.tick();
        assertThat(screen()).startsWith("\rreadNews").contains("4 pages");
    }
}
