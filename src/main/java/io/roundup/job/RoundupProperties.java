package io.roundup.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * The folders the job reads and writes. Like every roundup setting, settable on the command line
 * ({@code --roundup.output=DIR}), in {@code application.properties}/{@code .yml} next to the jar or in
 * {@code config/}, as an environment variable ({@code ROUNDUP_OUTPUT}) or as {@code -D}: Spring resolves
 * it once, and the folder lock, the job and the operator commands all take that value.
 *
 * @param input  the input folder
 * @param output the output folder; it also holds the H2 database and the lock file, so another folder means another database
 */
@ConfigurationProperties("roundup")
public record RoundupProperties(@DefaultValue("input") Path input, @DefaultValue("output") Path output) {

    public RoundupProperties {
        input = input == null ? Path.of("input") : input;
        output = output == null ? Path.of("output") : output;
    }
}
