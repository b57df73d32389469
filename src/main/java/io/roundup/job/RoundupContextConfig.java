package io.roundup.job;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring Boot application every command's context is built from: auto-configuration, and the
 * beans and configuration properties of {@code io.roundup} and below. It lives here, beside the
 * configuration it gathers, and not on the entry point {@code io.roundup.RoundupApplication}: the
 * operator commands start contexts from it, and the entry point runs those commands, so a context
 * started from the entry point's class would make the two packages need each other.
 */
@SpringBootApplication(scanBasePackages = "io.roundup")
@ConfigurationPropertiesScan("io.roundup")
public class RoundupContextConfig {
}
