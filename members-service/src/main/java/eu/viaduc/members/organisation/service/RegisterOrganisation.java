package eu.viaduc.members.organisation.service;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.organisation.model.OrganisationType;

/** What a client sends to register an organisation. */
@Schema(name = "RegisterOrganisation", examples = """
        {"name": "Texfor Tècnica SL", "type": "SME", "country": "ES", "competences": ["technical-textiles", "digital-printing"]}""")
public record RegisterOrganisation(
        @Schema(examples = "Texfor Tècnica SL") @NotBlank @Size(max = 300) String name,
        @NotNull OrganisationType type,
        @Schema(description = "ISO 3166-1 alpha-2", examples = "ES") @NotNull @Pattern(regexp = "[A-Z]{2}",
                message = "must be an ISO 3166-1 alpha-2 code, such as FR or BG") String country,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> competences) {
}
