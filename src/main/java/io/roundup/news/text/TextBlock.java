package io.roundup.news.text;

/**
 * One block of text: whitespace-normalised text, how many of its characters are link text, and the
 * tag of the block element it stands in ("" when none).
 */
public record TextBlock(String text, int linkChars, String tag) {

    public double linkDensity() {
        int n = text.length();
        return n == 0 ? 0 : Math.min(1.0, (double) linkChars / n);
    }
}
