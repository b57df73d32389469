package io.roundup.progress;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalLineTest {

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final PrintStream terminal = new PrintStream(screen, true, StandardCharsets.UTF_8);
    private final TerminalLine line = new TerminalLine(terminal, StandardCharsets.UTF_8);
    private final PrintStream log = line.guard(terminal);

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLogLineErasesTheBarAndTheBarComesBackBelowIt() {
        line.show("bar 1");
        log.print("12:00:00 INFO step loadPrices started\n");
        line.show("bar 2");
        assertThat(screen()).isEqualTo("\rbar 1\033[K" + "\r\033[K" + "12:00:00 INFO step loadPrices started\n"
                + "\rbar 1\033[K" + "\rbar 2\033[K");
    }

    @Test
    void aLineWrittenInPiecesIsNeverCutByTheBar() {
        line.show("bar 1");
        log.print("half a ");
        line.show("bar 2"); // waits: the cursor is in the middle of a line
        log.print("line\n");
        assertThat(screen()).isEqualTo("\rbar 1\033[K" + "\r\033[K" + "half a " + "line\n" + "\rbar 2\033[K");
    }

    @Test
    void withNoBarOutputPassesUntouched() {
        log.print("a\n");
        line.show("bar");
        line.clear();
        log.print("b\n");
        assertThat(screen()).isEqualTo("a\n" + "\rbar\033[K" + "\r\033[K" + "b\n");
    }

    @Test
    void attachPutsGuardsInFrontOfTheStandardStreamsAndDetachGivesThemBack() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            System.setOut(terminal);
            System.setErr(terminal);
            TerminalLine attached = new TerminalLine(StandardCharsets.UTF_8);
            attached.attach();
            assertThat(System.out).isNotSameAs(terminal);
            attached.show("bar");
            System.out.print("from out\n");
            System.err.print("from err\n");
            attached.detach();
            assertThat(System.out).isSameAs(terminal);
            assertThat(System.err).isSameAs(terminal);
            assertThat(screen()).isEqualTo("\rbar\033[K" + "\r\033[K" + "from out\n" + "\rbar\033[K" + "\r\033[K" + "from err\n"
                    + "\rbar\033[K" + "\r\033[K");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
