package eu.viaduc.matchmaking.opportunity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpportunityClosure", examples = "{\"reason\": \"Suppliers found through Viaduc\"}")
public record ClosureRequest(@NotBlank @Size(max = 500) String reason) {
}
