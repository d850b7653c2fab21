package eu.viaduc.knowledge.question.model;

import java.util.UUID;

/** What a question is about: exactly one of a resource, a tag or a value chain. */
public record QuestionSubject(UUID resourceId, String tag, String valueChain) {

    public boolean isResource() {
        return resourceId != null;
    }
}
