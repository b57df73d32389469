package io.roundup.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens input files as UTF-8 text without failing on a stray byte: malformed sequences become U+FFFD,
 * so the one line holding them is rejected (bad number, bad date, ...) instead of the whole file
 * aborting with a {@code MalformedInputException} half way through, as {@link Files#newBufferedReader(Path)}
 * does. A BOM is left in the text; the readers drop it.
 */
public final class TextFiles {

    private TextFiles() {
    }

    public static BufferedReader open(Path file) throws IOException {
        return open(Files.newInputStream(file));
    }

    /** As {@link #open(Path)}, over bytes already opened (a zip entry, see {@link Unzipped}). */
    public static BufferedReader open(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }
}
