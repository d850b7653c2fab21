package eu.viaduc.knowledge.question.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Question", description = "Hidden questions and answers show their text only to their author and the "
        + "moderators; to others, only the reason", examples = """
        {"id": "7e4a1b9c-2d3f-4a5b-8c6d-9e0f1a2b3c4d", "resourceId": null, "tag": "circular-fashion", "valueChain": null,
         "title": "Who takes back post-consumer knitwear in Romania?",
         "body": "We look for a partner that sorts returned knitwear by fibre.", "askerName": "Jens Nielsen",
         "acceptedAnswerId": "5f2c8d1e-6a7b-4c9d-8e0f-1a2b3c4d5e6f", "hiddenReason": null, "followedByMe": true, "followers": 3,
         "answers": [{"id": "5f2c8d1e-6a7b-4c9d-8e0f-1a2b3c4d5e6f",
                      "body": "We take back post-consumer knitwear in Iasi and sort it by fibre.", "authorName": "Ioana Popescu",
                      "accepted": true, "hiddenReason": null, "createdAt": "2026-12-02T10:15:00Z"}],
         "createdAt": "2026-12-01T09:00:00Z", "changedAt": "2026-12-02T11:00:00Z"}""")
public record QuestionView(UUID id, @Schema(nullable = true) UUID resourceId, @Schema(nullable = true) String tag,
        @Schema(nullable = true) String valueChain, @Schema(nullable = true) String title,
        @Schema(nullable = true) String body, String askerName, @Schema(nullable = true) UUID acceptedAnswerId,
        @Schema(nullable = true) String hiddenReason, boolean followedByMe, long followers, List<AnswerView> answers,
        OffsetDateTime createdAt, OffsetDateTime changedAt) {

    @Schema(name = "Answer", examples = """
            {"id": "5f2c8d1e-6a7b-4c9d-8e0f-1a2b3c4d5e6f",
             "body": "We take back post-consumer knitwear in Iasi and sort it by fibre.", "authorName": "Ioana Popescu",
             "accepted": true, "hiddenReason": null, "createdAt": "2026-12-02T10:15:00Z"}""")
    public record AnswerView(UUID id, @Schema(nullable = true) String body, String authorName, boolean accepted,
            @Schema(nullable = true) String hiddenReason, OffsetDateTime createdAt) {
    }
}
