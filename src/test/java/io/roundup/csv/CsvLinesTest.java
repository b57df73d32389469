package io.roundup.csv;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLinesTest {

    @Test
    void aQuotedFieldSpanningLinesIsOneRecord() throws IOException {
        CsvLines l = new CsvLines(new StringReader("a,b\n1,\"x \n\n\",2\n3,4\n"), "t.csv");
        assertThat(l.advance()).isTrue();
        assertThat(l.advance()).isTrue();
        assertThat(l.lineNo()).isEqualTo(2);
        assertThat(l.fields()).containsExactly("1", "x", "2");
        assertThat(l.advance()).isTrue();
        assertThat(l.lineNo()).isEqualTo(5);
        assertThat(l.fields()).containsExactly("3", "4");
        CsvLines open = new CsvLines(new StringReader("1,\"x\n2,3\n"), "t.csv");
        assertThat(open.advance()).isTrue();
        assertThat(open.fields()).isNull();
        assertThat(open.advance()).isTrue();
        assertThat(open.lineNo()).isEqualTo(2);
        assertThat(CsvLines.detectDelimiter("a;b;\"c,d\"")).isEqualTo(';');
        assertThat(CsvLines.detectDelimiter("a,b;c,d")).isEqualTo(',');
    }
}
