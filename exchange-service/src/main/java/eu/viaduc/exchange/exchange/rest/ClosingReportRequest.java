package eu.viaduc.exchange.exchange.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosingReport", examples = """
        {"report": "Four days in the host's knitting lab; we tested their yarn recovery line.",
         "outcomes": ["Joint prototype planned for spring", "Supplier contact for recycled yarn"]}""")
public record ClosingReportRequest(
        @NotBlank @Size(max = 10000) String report,
        @Schema(description = "What came of the stay, one outcome per item")
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 500) String> outcomes) {
}
