package eu.viaduc.matchmaking.opportunity.model;

/** An opportunity's title and description in one language. */
public record OpportunityText(String title, String description) {
}
