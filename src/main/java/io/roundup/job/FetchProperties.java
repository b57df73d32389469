package io.roundup.job;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code roundup.fetch.contact}: where a site owner can reach whoever runs this roundup (sent in
 * the User-Agent); {@code roundup.fetch.allow-loopback}: fetch from 127.0.0.0/8 too (tests only).
 */
@ConfigurationProperties("roundup.fetch")
public record FetchProperties(String contact, boolean allowLoopback) {

    public FetchProperties {
        contact = contact == null || contact.isBlank() ? "https://github.com/roundup-etl/roundup" : contact;
    }
}
