package eu.viaduc.matchmaking.opportunity.model;

/** What an opportunity is about; the kind decides which of quantity and deadline it needs and how long it lives. */
public enum OpportunityType {
    BUSINESS_OFFER,
    BUSINESS_REQUEST,
    TECHNOLOGY_OFFER,
    TECHNOLOGY_REQUEST,
    /** A consortium for a call for projects: it lives until the call's deadline. */
    PARTNER_SEARCH,
    /** A crisis need (masks, gel, ventilator parts): how much, by when. */
    URGENT_NEED,
    /** A large buyer or public body looking for suppliers. */
    BUYER_REQUEST;

    public boolean needsDeadline() {
        return this == PARTNER_SEARCH || this == URGENT_NEED;
    }

    public boolean needsQuantity() {
        return this == URGENT_NEED;
    }

    /** Whether the opportunity lives until its deadline rather than for the usual lifetime. */
    public boolean livesUntilDeadline() {
        return this == PARTNER_SEARCH;
    }
}
