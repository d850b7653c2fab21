package eu.viaduc.matchmaking.opportunity.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An opportunity's title and description in one language. */
public record OpportunityText(String title, @Schema(nullable = true) String description) {
}
