package io.roundup.job;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/** {@code roundup.input} and {@code roundup.output}: the folders the job reads and writes. */
@ConfigurationProperties("roundup")
public record RoundupProperties(Path input, Path output) {

    public RoundupProperties {
        input = input == null ? Path.of("input") : input;
        output = output == null ? Path.of("output") : output;
    }
}
