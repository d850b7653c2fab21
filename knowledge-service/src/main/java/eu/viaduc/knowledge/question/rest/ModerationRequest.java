package eu.viaduc.knowledge.question.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModerationRequest", description = "Why the question or answer is hidden: its author reads it", examples = """
        {"reason": "It shares a supplier's price list for FFP2 masks without the supplier's consent."}""")
public record ModerationRequest(@NotBlank @Size(max = 2000) String reason) {
}
