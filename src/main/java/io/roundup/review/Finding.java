package io.roundup.review;

/**
 * One reason to hold an event back for an analyst: the event, the check that caught it
 * ({@code not_positive}, {@code post_below_amount}, …) and what it saw, in words.
 */
public record Finding(String eventId, String company, String check, String detail) {
}
