package eu.viaduc.knowledge.question.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptanceRequest")
public record AcceptanceRequest(@NotNull UUID answerId) {
}
