package io.roundup.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The version of the code a process runs, stamped on every partition request and checked by the
 * worker that takes it: a worker of other code refuses the work rather than write other output
 * into the same run. It is a digest of what decides the output: the application's own classes and
 * resources (content, not build time, so one build copied to every machine, or the same commit
 * built on each, gives one version) and the names of the libraries, which carry their versions.
 * Read from the class path: {@code java -jar roundup.jar} (Boot's jar: {@code BOOT-INF/classes/},
 * {@code BOOT-INF/lib/}) or a folder of classes and jars (the tests, an IDE).
 */
final class CodeVersion {

    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String LIBS = "BOOT-INF/lib/";

    private CodeVersion() {
    }

    /** {@code code 1a2b3c4d5e6f}: the digest of the code on this class path, read once. */
    static String ofThisProcess() {
        return ThisProcess.VERSION;
    }

    private static final class ThisProcess {
        static final String VERSION = of(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
    }

    static String of(List<String> classPath) {
        MessageDigest digest = sha256();
        for (String entry : classPath) {
            if (entry.isBlank()) continue;
            Path p = Path.of(entry);
            try {
                if (Files.isDirectory(p)) folder(digest, p);
                else if (Files.isRegularFile(p)) jar(digest, p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p + " to tell the code version", e);
            }
        }
        return "code " + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /** A folder of classes: every file, by relative name and content. */
    private static void folder(MessageDigest digest, Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
        Collections.sort(files);
        for (Path f : files) {
            digest.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(f));
        }
    }

    /**
     * A jar on the class path: Boot's own jar by the content of its classes and the names of its
     * libraries; any other (a library beside a folder of classes) by its name alone.
     */
    private static void jar(MessageDigest digest, Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.stream().noneMatch(e -> e.getName().startsWith(CLASSES) || e.getName().startsWith(LIBS))) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                return;
            }
            List<? extends ZipEntry> entries = Collections.list(zip.entries()).stream()
                    .filter(e -> !e.isDirectory() && (e.getName().startsWith(CLASSES) || e.getName().startsWith(LIBS)))
                    .sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry e : entries) {
                boolean lib = e.getName().startsWith(LIBS);
                String name = e.getName().substring(lib ? LIBS.length() : CLASSES.length());
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                if (lib) continue;
                try (InputStream in = zip.getInputStream(e)) {
                    digest.update(in.readAllBytes());
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
