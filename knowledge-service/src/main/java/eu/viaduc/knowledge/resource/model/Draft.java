package eu.viaduc.knowledge.resource.model;

import java.util.List;
import java.util.Map;

/** What an author writes: checked by the service before it is stored. */
public record Draft(ResourceType type, Visibility visibility, String valueChain, List<String> tags,
        List<String> naceCodes, String originalLanguage, Map<String, ResourceText> texts) {
}
