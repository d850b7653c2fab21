package eu.viaduc.members.organisation.model;

/** Head-count band, as the EU SME definition draws it. */
public enum SizeBand {
    MICRO_1_9,
    SMALL_10_49,
    MEDIUM_50_249,
    LARGE_250_PLUS
}
