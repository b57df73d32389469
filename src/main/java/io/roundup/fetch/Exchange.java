package io.roundup.fetch;

import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request and what came of it: a status with its headers (first value of each, names in
 * lower case) and body, or an error code ({@code timeout}, {@code too_large}, {@code private_address},
 * …) with its detail and whether trying again may help.
 */
record Exchange(int status, Map<String, String> headers, byte[] body, String errorCode, String errorDetail,
                boolean retryable) {

    static Exchange error(String code, String detail, boolean retryable) {
        return new Exchange(0, Map.of(), null, code, detail, retryable);
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
