package eu.viaduc.knowledge.question.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Question", description = "Hidden questions and answers show their text only to their author and the "
        + "moderators; to others, only the reason")
public record QuestionView(UUID id, @Schema(nullable = true) UUID resourceId, @Schema(nullable = true) String tag,
        @Schema(nullable = true) String valueChain, @Schema(nullable = true) String title,
        @Schema(nullable = true) String body, String askerName, @Schema(nullable = true) UUID acceptedAnswerId,
        @Schema(nullable = true) String hiddenReason, boolean followedByMe, long followers, List<AnswerView> answers,
        OffsetDateTime createdAt, OffsetDateTime changedAt) {

    @Schema(name = "Answer")
    public record AnswerView(UUID id, @Schema(nullable = true) String body, String authorName, boolean accepted,
            @Schema(nullable = true) String hiddenReason, OffsetDateTime createdAt) {
    }
}
