package eu.viaduc.knowledge.resource.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewComment", description = "The reviewer's comments to the author (required to return a resource)",
        examples = """
        {"comment": "Please give the fibre composition of the recycled yarn and add a Dutch summary."}""")
public record ReviewRequest(@Size(max = 5000) String comment) {
}
