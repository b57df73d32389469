/**
 * Progress a person can watch: plain Java, no Spring. A long task gets a {@link io.roundup.progress.Meter}
 * from {@link io.roundup.progress.Meters} and tells it how many items it has done and how many it
 * expects ({@link io.roundup.progress.Total}, exact or estimated). On a terminal
 * {@link io.roundup.progress.TerminalMeters} draws that as a live bar at the bottom of the screen,
 * with count, rate and time left, the log lines scrolling above it ({@link io.roundup.progress.TerminalLine});
 * anywhere else {@link io.roundup.progress.Meters#NONE} draws nothing and the log stays as it is.
 * {@link io.roundup.progress.ProgressMode} says which, from {@code roundup.progress} and
 * {@link io.roundup.progress.Terminal}.
 */
package io.roundup.progress;
