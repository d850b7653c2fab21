package eu.viaduc.members.membership.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RequestMembership", examples = """
        {"organisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10", "clusterId": "c1a50000-0000-4000-8000-000000000001"}""")
public record RequestMembership(@NotNull UUID organisationId, @NotNull UUID clusterId) {
}
