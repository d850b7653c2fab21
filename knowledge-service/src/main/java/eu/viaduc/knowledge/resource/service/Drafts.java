package eu.viaduc.knowledge.resource.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.viaduc.knowledge.language.Languages;
import eu.viaduc.knowledge.resource.model.Draft;
import eu.viaduc.knowledge.resource.model.ResourceText;
import eu.viaduc.knowledge.resource.rest.ResourceRequest;
import eu.viaduc.platform.problem.ProblemException;

/** Checks what the field annotations cannot and renders each body to safe HTML. */
final class Drafts {

    private Drafts() {
    }

    static Draft of(ResourceRequest request) {
        if (!Languages.isKnown(request.originalLanguage())) {
            throw ProblemException.invalid("originalLanguage", "must be one of " + Languages.ALL);
        }
        for (String language : request.texts().keySet()) {
            if (!Languages.isKnown(language)) {
                throw ProblemException.invalid("texts." + language, "is not a language of the platform: " + Languages.ALL);
            }
        }
        Map<String, ResourceText> texts = new LinkedHashMap<>();
        for (String language : Languages.ALL) {
            ResourceRequest.Text text = request.texts().get(language);
            if (text != null) {
                texts.put(language, new ResourceText(language, text.title().strip(), text.summary().strip(), text.body(),
                        MarkdownBodies.toSafeHtml(text.body())));
            }
        }
        if (!texts.containsKey(request.originalLanguage())) {
            throw ProblemException.invalid("texts", "must hold the original language " + request.originalLanguage());
        }
        return new Draft(request.type(), request.visibility(),
                request.valueChain() == null || request.valueChain().isBlank() ? null : request.valueChain().strip(),
                request.tags() == null ? List.of() : request.tags().stream().distinct().toList(),
                request.naceCodes() == null ? List.of() : request.naceCodes().stream().distinct().toList(),
                request.originalLanguage(), texts);
    }
}
