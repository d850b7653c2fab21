package eu.viaduc.exchange.exchange.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reason", description = "Why an exchange is rejected, withdrawn or cancelled: the other side reads it",
        examples = """
        {"reason": "Our knitting lab is closed for maintenance that week; please apply again for dates after 18 May."}""")
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
