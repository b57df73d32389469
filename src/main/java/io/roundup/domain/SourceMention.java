package io.roundup.domain;

/**
 * One mention an event was merged from: the document ({@code file}: a path under the input folder,
 * {@code rounds.csv:12}, or the URL of a fetched page), its position there, the company as that
 * source wrote it and its evidence sentence (null when the mention is gone).
 */
public record SourceMention(String eventId, String file, int seq, String companyAsWritten, String evidence) {
}
