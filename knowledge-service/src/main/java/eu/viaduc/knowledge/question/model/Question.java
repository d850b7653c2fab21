package eu.viaduc.knowledge.question.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import eu.viaduc.platform.problem.ProblemException;

/** A question on a resource, or on a topic: a tag or a value chain. */
@Entity
public class Question {

    @Id
    private UUID id;
    @Column(name = "resource_id")
    private UUID resourceId;
    @Column(name = "topic_tag")
    private String topicTag;
    @Column(name = "topic_value_chain")
    private String topicValueChain;
    private String title;
    private String body;
    @Column(name = "asker_subject")
    private String askerSubject;
    @Column(name = "asker_name")
    private String askerName;
    @Column(name = "accepted_answer_id")
    private UUID acceptedAnswerId;
    @Column(name = "hidden_reason")
    private String hiddenReason;
    @Column(name = "hidden_by")
    private String hiddenBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Version
    private long version;

    protected Question() {
        // for JPA
    }

    public static Question ask(QuestionSubject about, String title, String body, String askerSubject, String askerName) {
        Question question = new Question();
        question.id = UUID.randomUUID();
        question.resourceId = about.resourceId();
        question.topicTag = about.tag();
        question.topicValueChain = about.valueChain();
        question.title = title;
        question.body = body;
        question.askerSubject = askerSubject;
        question.askerName = askerName;
        question.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        question.changedAt = question.createdAt;
        return question;
    }

    public void accept(UUID answerId) {
        if (hiddenReason != null) {
            throw ProblemException.conflict("the question is hidden");
        }
        acceptedAnswerId = answerId;
        changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void hide(String reason, String moderator) {
        hiddenReason = reason;
        hiddenBy = moderator;
        changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void answered() {
        changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public QuestionSubject about() {
        return new QuestionSubject(resourceId, topicTag, topicValueChain);
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String askerSubject() {
        return askerSubject;
    }

    public String askerName() {
        return askerName;
    }

    public UUID acceptedAnswerId() {
        return acceptedAnswerId;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public boolean isHidden() {
        return hiddenReason != null;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
