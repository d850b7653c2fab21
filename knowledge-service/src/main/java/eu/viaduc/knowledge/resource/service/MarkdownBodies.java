package eu.viaduc.knowledge.resource.service;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * A body is written in Markdown (CommonMark) and served as Markdown and as HTML that a partner website
 * may insert as it is: rendered by commonmark-java, then cleaned by the OWASP Java HTML Sanitizer,
 * which keeps formatting, headings, lists, tables, quotes, code, links and https images and drops
 * everything else (scripts, iframes, event handlers, styles, javascript: links).
 */
public final class MarkdownBodies {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS).and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "img")
                    .allowUrlProtocols("https")
                    .allowAttributes("src", "alt", "title").onElements("img")
                    .toFactory());

    private MarkdownBodies() {
    }

    public static String toSafeHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
