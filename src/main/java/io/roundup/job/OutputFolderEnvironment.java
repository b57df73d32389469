package io.roundup.job;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * Publishes {@code roundup.output.dir}, the absolute form of {@code roundup.output}, because H2
 * refuses a file URL that is implicitly relative ("output/roundup"), and the default database
 * must follow the output folder wherever the job is started from.
 */
public class OutputFolderEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
        String output = env.getProperty("roundup.output", "output");
        String dir = Path.of(output).toAbsolutePath().normalize().toString().replace('\\', '/');
        env.getPropertySources().addLast(new MapPropertySource("roundupOutputDir", Map.of("roundup.output.dir", dir)));
    }
}
