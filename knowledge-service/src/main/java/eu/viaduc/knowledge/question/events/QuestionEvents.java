package eu.viaduc.knowledge.question.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.knowledge.question.model.Question;
import eu.viaduc.platform.outbox.Outbox;

/**
 * Question events, keyed by question id: asked, answered (with the followers to notify, by subject),
 * answer accepted. No names travel.
 */
@ApplicationScoped
public class QuestionEvents {

    public static final String TOPIC = "viaduc.knowledge.questions";
    public static final String ASKED_V1 = "eu.viaduc.knowledge.question.asked.v1";
    public static final String ANSWERED_V1 = "eu.viaduc.knowledge.question.answered.v1";
    public static final String ANSWER_ACCEPTED_V1 = "eu.viaduc.knowledge.question.answer-accepted.v1";

    private final Outbox outbox;

    @Inject
    public QuestionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void asked(Question question) {
        append(ASKED_V1, question, null, List.of());
    }

    /** A new answer: the followers (token subjects) are who a notification service tells. */
    public void answered(Question question, UUID answerId, List<String> followers) {
        append(ANSWERED_V1, question, answerId, followers);
    }

    public void accepted(Question question) {
        append(ANSWER_ACCEPTED_V1, question, question.acceptedAnswerId(), List.of());
    }

    private void append(String type, Question question, UUID answerId, List<String> followers) {
        outbox.append(TOPIC, type, question.id().toString(), new Snapshot(question.id(), question.version(),
                question.about().resourceId(), question.about().tag(), question.about().valueChain(), question.title(),
                answerId, question.acceptedAnswerId(), followers, question.changedAt()));
    }

    /** Data of the question events; see their JSON Schemas in event-contracts. */
    public record Snapshot(UUID questionId, long version, UUID resourceId, String tag, String valueChain, String title,
            UUID answerId, UUID acceptedAnswerId, List<String> followers, OffsetDateTime changedAt) {
    }
}
