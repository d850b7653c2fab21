package eu.viaduc.matchmaking.opportunity.model;

/** DRAFT -> PUBLISHED -> CLOSED | EXPIRED; an expired one may be renewed into PUBLISHED again. */
public enum OpportunityStatus {
    DRAFT,
    PUBLISHED,
    CLOSED,
    EXPIRED
}
