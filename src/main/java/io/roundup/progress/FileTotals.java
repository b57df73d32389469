package io.roundup.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * How many items the files of a step hold, for its bar: exactly one each ({@link #onePerFile}, a news
 * page), or ({@link #fromBytes}) rows guessed from the bytes of all the files and the rows per byte of
 * those read to their end. A guess needs one file read first; with a single large file the bar shows
 * a count and a rate but no time left. Files named as already read (a restart) leave the guess.
 * Thread-safe: partitions of one step read their files on several threads.
 */
public final class FileTotals {

    private final boolean onePerFile;
    private long files;
    private long bytes;
    private long readBytes;
    private long readItems;
    /** Items of the first file to read that an earlier execution took: counted by the file, not by this execution. */
    private long skippedItems;

    private FileTotals(boolean onePerFile) {
        this.onePerFile = onePerFile;
    }

    public static FileTotals onePerFile() {
        return new FileTotals(true);
    }

    public static FileTotals fromBytes() {
        return new FileTotals(false);
    }

    /** {@code files}, whose every list is taken as all the files of a new execution. */
    public Supplier<List<Path>> listing(Supplier<List<Path>> files) {
        return () -> {
            List<Path> list = files.get();
            listed(list);
            return list;
        };
    }

    /** All the files of an execution, before it reads any. */
    public synchronized void listed(List<Path> all) {
        files = all.size();
        bytes = all.stream().mapToLong(FileTotals::size).sum();
        readBytes = 0;
        readItems = 0;
        skippedItems = 0;
    }

    /** Files an earlier execution read, which this one skips, and the items it took from the next one. */
    public synchronized void alreadyRead(List<Path> skipped, long itemsOfTheNext) {
        files -= skipped.size();
        bytes -= skipped.stream().mapToLong(FileTotals::size).sum();
        skippedItems += itemsOfTheNext;
    }

    /** A file read to its end, with all the items it holds (those an earlier execution took too). */
    public synchronized void read(Path file, long items) {
        readBytes += size(file);
        readItems += items;
    }

    public synchronized Total total() {
        if (onePerFile) return Total.exactly(Math.max(0, files));
        if (readBytes <= 0 || bytes <= 0) return Total.UNKNOWN;
        return Total.about(Math.max(0, Math.round((double) readItems * bytes / readBytes) - skippedItems));
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // a file that cannot be sized is the reader's to reject, not the bar's
        }
    }
}
