package eu.viaduc.knowledge.question.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnswerRequest", examples = """
        {"body": "We take back post-consumer knitwear in Iasi and sort it by fibre; write to our sorting team."}""")
public record AnswerRequest(@NotBlank @Size(max = 10000) String body) {
}
