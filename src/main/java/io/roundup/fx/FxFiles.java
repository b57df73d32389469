package io.roundup.fx;

import io.roundup.csv.TextFiles;
import io.roundup.csv.Unzipped;
import io.roundup.domain.RowReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Opens any FX file with the reader its content calls for: the ECB's XML ({@link EcbXmlReader}),
 * a zip archive's first entry ({@code eurofxref-hist.zip}) or plain CSV ({@link FxFileReader}, every
 * CSV layout). Never by file name: fetched files are stored under their hash.
 */
public final class FxFiles {

    private FxFiles() {
    }

    /** Rejects carry the file name. */
    public static RowReader<List<PublishedRate>> open(Path file, LocalDate runDate) throws IOException {
        return open(file, file.getFileName().toString(), runDate);
    }

    /** Rejects carry {@code source} (a fetched file's URL). */
    public static RowReader<List<PublishedRate>> open(Path file, String source, LocalDate runDate) throws IOException {
        InputStream in = Unzipped.open(file);
        boolean xml;
        try {
            xml = isXml(Unzipped.head(in, 1024));
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return xml ? new EcbXmlReader(in, source, runDate) : new FxFileReader(TextFiles.open(in), source, runDate);
    }

    /** The first character after a BOM and white space is {@code <}. */
    private static boolean isXml(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) i++;
        return i < head.length && head[i] == '<';
    }
}
