package io.roundup.progress;

/**
 * How many items a task expects in all: exactly (files or documents counted before it starts), an
 * estimate (rows guessed from the bytes of the files read so far), or not known.
 *
 * @param items     the items expected; negative when not known
 * @param estimated true when {@code items} is a guess that may move while the task runs
 */
public record Total(long items, boolean estimated) {

    public static final Total UNKNOWN = new Total(-1, false);

    public static Total exactly(long items) {
        return new Total(items, false);
    }

    public static Total about(long items) {
        return new Total(items, true);
    }

    public boolean known() {
        return items >= 0;
    }
}
