package eu.viaduc.knowledge.resource.model;

/** A version's text in one language: the body as written (Markdown) and as safe HTML. */
public record ResourceText(String language, String title, String summary, String bodyMarkdown, String bodyHtml) {
}
