package io.roundup.domain;

/** A reject together with the job step that recorded it. */
public record StepReject(String step, Reject reject) {
}
