package io.roundup.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressModeTest {

    @Test
    void autoDrawsABarOnATerminalOnly() {
        assertThat(ProgressMode.AUTO.drawsBar(true)).isTrue();
        assertThat(ProgressMode.AUTO.drawsBar(false)).isFalse();
        assertThat(ProgressMode.BAR.drawsBar(false)).isTrue();
        assertThat(ProgressMode.LOG.drawsBar(true)).isFalse();
        assertThat(ProgressMode.OFF.drawsBar(true)).isFalse();
    }

    @Test
    void thePeriodicLinesAreLoggedInEveryModeButOff() {
        assertThat(ProgressMode.AUTO.logsLines()).isTrue();
        assertThat(ProgressMode.BAR.logsLines()).isTrue();
        assertThat(ProgressMode.LOG.logsLines()).isTrue();
        assertThat(ProgressMode.OFF.logsLines()).isFalse();
    }

    @Test
    void aTerminalIsAConsoleWhoseTermCanEraseALine() {
        assertThat(Terminal.interactive(true, "xterm-256color")).isTrue();
        assertThat(Terminal.interactive(false, "xterm-256color")).as("redirected, piped or under cron").isFalse();
        assertThat(Terminal.interactive(true, "dumb")).isFalse();
        assertThat(Terminal.interactive(true, null)).isFalse();
    }

    @Test
    void theWidthComesFromColumnsThenSttyThenIsEighty() {
        assertThat(Terminal.columns("132", "50 100")).isEqualTo(132);
        assertThat(Terminal.columns(null, "50 100\n")).isEqualTo(100);
        assertThat(Terminal.columns("", null)).isEqualTo(80);
        assertThat(Terminal.columns("wide", null)).isEqualTo(80);
        assertThat(Terminal.columns(null, "0 0")).isEqualTo(80);
    }
}
