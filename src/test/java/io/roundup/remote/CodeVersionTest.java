package io.roundup.remote;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The version a worker checks: it follows the code and the libraries, not the build. */
class CodeVersionTest {

    @Test
    void aFolderOfClassesIsReadByContent(@TempDir Path dir) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/io/roundup"));
        Files.writeString(classes.resolve("A.class"), "one");
        String first = CodeVersion.of(List.of(dir.resolve("classes").toString(), "/libs/jsoup-1.24.1.jar"));
        assertThat(first).matches("code [0-9a-f]{12}");
        assertThat(CodeVersion.of(List.of(dir.resolve("classes").toString(), "/libs/jsoup-1.24.1.jar"))).isEqualTo(first);

        Files.writeString(classes.resolve("A.class"), "two");
        assertThat(CodeVersion.of(List.of(dir.resolve("classes").toString()))).isNotEqualTo(first);
    }

    @Test
    void bootsJarIsReadByItsClassesAndTheNamesOfItsLibrariesNotItsBuildTime(@TempDir Path dir) throws IOException {
        Path one = jar(dir.resolve("one.jar"), "one", "jsoup-1.24.1.jar", 1_000_000L);
        Path sameLater = jar(dir.resolve("same.jar"), "one", "jsoup-1.24.1.jar", 2_000_000_000_000L);
        Path otherLibrary = jar(dir.resolve("lib.jar"), "one", "jsoup-1.25.0.jar", 1_000_000L);
        Path otherClass = jar(dir.resolve("class.jar"), "two", "jsoup-1.24.1.jar", 1_000_000L);
        String version = CodeVersion.of(List.of(one.toString()));
        assertThat(CodeVersion.of(List.of(sameLater.toString()))).isEqualTo(version);
        assertThat(CodeVersion.of(List.of(otherLibrary.toString()))).isNotEqualTo(version);
        assertThat(CodeVersion.of(List.of(otherClass.toString()))).isNotEqualTo(version);
    }

    @Test
    void remoteRolesRefuseTheEmbeddedH2File() {
        assertThatThrownBy(() -> Broker.requireSharedDatabase(
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:/srv/out/roundup"), "a worker"))
                .hasMessageContaining("a worker needs a database that the run and every worker reach");
        Broker.requireSharedDatabase(new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:postgresql://db/roundup"), "a worker");
        Broker.requireSharedDatabase(new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:tcp://db/roundup"), "a worker");
    }

    private static Path jar(Path file, String classContent, String library, long time) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry c = new ZipEntry("BOOT-INF/classes/io/roundup/A.class");
            c.setTime(time);
            zip.putNextEntry(c);
            zip.write(classContent.getBytes());
            ZipEntry l = new ZipEntry("BOOT-INF/lib/" + library);
            l.setTime(time);
            zip.putNextEntry(l);
            zip.write(new byte[]{1, 2, 3});
        }
        return file;
    }
}
