package io.roundup.domain;

import java.util.List;

/**
 * A registry entry. {@code aliases} holds every other name the company is known by (English,
 * pinyin, Chinese characters, ticker forms); {@code country} is an ISO 3166 alpha-2 code.
 */
public record Company(String name, List<String> aliases, String country, String sector,
                      String exchange, String ticker) {

    public Company {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
