package io.roundup.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files of one kind in the input folder, in name order so every run reads them alike. */
final class InputFiles {

    private static final Logger log = LoggerFactory.getLogger("roundup");

    private InputFiles() {
    }

    static List<Path> in(Path folder, String... extensions) {
        if (!Files.isDirectory(folder)) {
            log.warn("no folder {}: nothing to read there", folder);
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> hasExtension(f, extensions))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    static List<Path> file(Path file) {
        if (Files.isRegularFile(file)) return List.of(file);
        log.warn("no file {}: nothing to read there", file);
        return List.of();
    }

    static boolean hasExtension(Path f, String... extensions) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String e : extensions) if (name.endsWith("." + e)) return true;
        return false;
    }
}
