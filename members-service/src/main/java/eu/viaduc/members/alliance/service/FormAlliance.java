package eu.viaduc.members.alliance.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FormAlliance", examples = """
        {"name": "CLOTH - Cluster Alliance for the Transition to green and digital fasHion",
         "programmeStart": "2022-03-01", "programmeEnd": "2024-02-29"}""")
public record FormAlliance(
        @NotBlank @Size(max = 300) String name,
        @NotNull LocalDate programmeStart,
        @NotNull LocalDate programmeEnd) {
}
