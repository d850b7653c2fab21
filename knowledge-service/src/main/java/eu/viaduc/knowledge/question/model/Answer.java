package eu.viaduc.knowledge.question.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An answer to a question. */
@Entity
public class Answer {

    @Id
    private UUID id;
    @Column(name = "question_id")
    private UUID questionId;
    private String body;
    @Column(name = "author_subject")
    private String authorSubject;
    @Column(name = "author_name")
    private String authorName;
    @Column(name = "hidden_reason")
    private String hiddenReason;
    @Column(name = "hidden_by")
    private String hiddenBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected Answer() {
        // for JPA
    }

    public static Answer to(UUID questionId, String body, String authorSubject, String authorName) {
        Answer answer = new Answer();
        answer.id = UUID.randomUUID();
        answer.questionId = questionId;
        answer.body = body;
        answer.authorSubject = authorSubject;
        answer.authorName = authorName;
        answer.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return answer;
    }

    public void hide(String reason, String moderator) {
        hiddenReason = reason;
        hiddenBy = moderator;
    }

    public UUID id() {
        return id;
    }

    public UUID questionId() {
        return questionId;
    }

    public String body() {
        return body;
    }

    public String authorSubject() {
        return authorSubject;
    }

    public String authorName() {
        return authorName;
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
}
