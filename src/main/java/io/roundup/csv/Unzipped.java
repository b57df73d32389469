package io.roundup.csv;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A data file's bytes, a zip archive (told by its first bytes, never by its name) opened at its first
 * file entry: publishers zip their long histories ({@code eurofxref-hist.zip}, Stooq's bulk files).
 * The entry is inflated up to {@link #MAX_INFLATED} bytes and no further, so a zip bomb costs a read
 * error, not the heap or the disk.
 */
public final class Unzipped {

    /** The ECB's full history is 2 MB unzipped; 64 MiB leaves room for a long price history. */
    public static final long MAX_INFLATED = 64L * 1024 * 1024;

    private Unzipped() {
    }

    /** The file's bytes, or its first zip entry's; buffered, so a reader may peek at the start (mark/reset). */
    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try {
            if (!isZip(in)) return in;
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.isDirectory()) return new BufferedInputStream(new Capped(zip, file));
            }
            throw new IOException(file.getFileName() + ": zip archive without a file in it");
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The first {@code n} bytes (fewer at the end), left unread: {@code in} supports mark/reset, as {@link #open}'s does. */
    public static byte[] head(InputStream in, int n) throws IOException {
        in.mark(n);
        byte[] b = in.readNBytes(n);
        in.reset();
        return b;
    }

    private static boolean isZip(InputStream in) throws IOException {
        byte[] b = head(in, 4);
        return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** Fails once more than {@link #MAX_INFLATED} bytes come out. */
    private static final class Capped extends FilterInputStream {
        private final Path file;
        private long count;

        Capped(InputStream in, Path file) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > MAX_INFLATED) {
                throw new IOException(file.getFileName() + ": zip entry inflates beyond " + MAX_INFLATED + " bytes");
            }
        }
    }
}
