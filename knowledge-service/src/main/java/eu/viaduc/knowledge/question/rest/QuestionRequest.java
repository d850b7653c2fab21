package eu.viaduc.knowledge.question.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuestionRequest", description = "A question on exactly one of: a resource, a tag, a value chain",
        examples = """
        {"tag": "circular-fashion", "title": "Who takes back post-consumer knitwear in Romania?",
         "body": "We look for a partner that sorts returned knitwear by fibre."}""")
public record QuestionRequest(
        UUID resourceId,
        @Size(max = 50) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "must be a lower-case tag such as circular-fashion") String tag,
        @Size(max = 100) String valueChain,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 10000) String body) {
}
