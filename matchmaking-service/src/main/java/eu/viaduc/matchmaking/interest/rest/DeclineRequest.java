package eu.viaduc.matchmaking.interest.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterestDeclineRequest", examples = """
        {"reason": "We found a supplier closer to the hospitals."}""")
public record DeclineRequest(@Schema(description = "Shown to the sender; optional") @Size(max = 1000) String reason) {
}
