package eu.viaduc.knowledge.question.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptanceRequest", examples = """
        {"answerId": "5f2c8d1e-6a7b-4c9d-8e0f-1a2b3c4d5e6f"}""")
public record AcceptanceRequest(@NotNull UUID answerId) {
}
