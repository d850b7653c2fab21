package eu.viaduc.matchmaking.opportunity.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An opportunity's title and description in one language. */
@Schema(name = "OpportunityText", examples = """
        {"title": "Recycled wool yarn for knitwear",
         "description": "We are looking for spinners offering certified recycled wool yarn, 5 tonnes a year."}""")
public record OpportunityText(String title, @Schema(nullable = true) String description) {
}
