package eu.viaduc.knowledge.resource.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.knowledge.audience.Audience;
import eu.viaduc.knowledge.language.Languages;
import eu.viaduc.knowledge.resource.model.Resource;
import eu.viaduc.knowledge.resource.model.ResourceText;
import eu.viaduc.knowledge.resource.model.ResourceVersion;
import eu.viaduc.knowledge.resource.rest.ResourceView;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * A resource as a reader sees it: its published version to those its visibility lets in; any version
 * (drafts too) to its authors and reviewers; in the language the reader prefers among those it has.
 */
@ApplicationScoped
public class ReadResource {

    private final ResourceStore store;
    private final Audience audience;
    private final Caller caller;

    @Inject
    public ReadResource(ResourceStore store, Audience audience, Caller caller) {
        this.store = store;
        this.audience = audience;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResourceView read(UUID id, Integer versionNumber, String language, List<Locale> acceptable) {
        if (language != null && !Languages.isKnown(language)) {
            throw ProblemException.invalid("language", "must be one of " + Languages.ALL);
        }
        Resource resource = store.read(id);
        boolean insider = mayWorkOn(resource);
        Integer number = versionNumber != null ? versionNumber
                : resource.publishedVersion() != null ? resource.publishedVersion()
                : insider ? Integer.valueOf(resource.latestVersion()) : null;
        if (number == null) {
            throw ProblemException.notFound("resource", id);
        }
        ResourceVersion version = store.version(id, number)
                .orElseThrow(() -> ProblemException.notFound("version " + versionNumber + " of resource", id));
        boolean published = number.equals(resource.publishedVersion());
        if (!insider && !(published && audience.maySee(resource.authorOrganisationId(), version.visibility()))) {
            if (!published) {
                throw ProblemException.notFound("resource", id);
            }
            throw caller.isAnonymous()
                    ? new ProblemException(401, "Unauthorized", "sign in: this resource is not public", List.of())
                    : ProblemException.forbidden("this resource is shown to " + version.visibility() + " only");
        }
        Map<String, ResourceText> texts = store.texts(id, number);
        List<Locale> order = new ArrayList<>();
        if (language != null) {
            order.add(Locale.forLanguageTag(language));
        }
        order.addAll(acceptable);
        String served = Languages.negotiate(order, texts.keySet(), version.originalLanguage());
        ResourceText text = texts.get(served);
        return new ResourceView(resource.id(), resource.authorOrganisationId(), version.authorName(), resource.status(),
                version.type(), version.visibility(), version.valueChain(), version.tags(), version.naceCodes(),
                version.number(), version.state(), resource.publishedVersion(), resource.latestVersion(), served,
                List.copyOf(texts.keySet()), version.originalLanguage(), text.title(), text.summary(),
                new ResourceView.Body(text.bodyMarkdown(), text.bodyHtml()), version.publishedAt(),
                insider && version.reviewComment() != null
                        ? new ResourceView.Review(version.reviewComment(), version.reviewedAt()) : null);
    }

    /** Whether the caller may read the resource's published version (questions on it follow the same rule). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayReadPublished(UUID id) {
        Resource resource = store.read(id);
        if (mayWorkOn(resource)) {
            return true;
        }
        return resource.publishedVersion() != null && audience.maySee(resource.authorOrganisationId(),
                store.version(id, resource.publishedVersion()).orElseThrow().visibility());
    }

    /** Whether the caller reviews the resource (a manager of its organisation's clusters, or a platform admin). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean reviews(UUID id) {
        return audience.reviewsFor(store.read(id).authorOrganisationId());
    }

    /** Every version with its state: for the authors and reviewers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResourceVersion> versions(UUID id) {
        Resource resource = store.read(id);
        if (!mayWorkOn(resource)) {
            throw ProblemException.forbidden("only the resource's authors and reviewers see its versions");
        }
        return store.versions(id);
    }

    /** Two versions of a resource side by side, language by language, with what changed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LanguageComparison> compare(UUID id, int from, int to) {
        Resource resource = store.read(id);
        if (!mayWorkOn(resource)) {
            throw ProblemException.forbidden("only the resource's authors and reviewers compare its versions");
        }
        store.version(id, from).orElseThrow(() -> ProblemException.invalid("from", "names no version of the resource"));
        store.version(id, to).orElseThrow(() -> ProblemException.invalid("to", "names no version of the resource"));
        Map<String, ResourceText> before = store.texts(id, from);
        Map<String, ResourceText> after = store.texts(id, to);
        List<LanguageComparison> comparison = new ArrayList<>();
        for (String language : Languages.ALL) {
            ResourceText a = before.get(language);
            ResourceText b = after.get(language);
            if (a == null && b == null) {
                continue;
            }
            comparison.add(new LanguageComparison(language,
                    field(a == null ? null : a.title(), b == null ? null : b.title()),
                    field(a == null ? null : a.summary(), b == null ? null : b.summary()),
                    field(a == null ? null : a.bodyMarkdown(), b == null ? null : b.bodyMarkdown())));
        }
        return comparison;
    }

    /** One language of a comparison: each field before and after; a null side means the language was added or removed. */
    @Schema(name = "LanguageComparison", examples = """
            {"language": "en",
             "title": {"from": "Recycling fabric offcuts", "to": "Recycling fabric offcuts into yarn", "changed": true},
             "summary": {"from": "How a workshop recycles its offcuts.", "to": "How a workshop recycles its offcuts.",
                         "changed": false},
             "body": {"from": "## Sorting\\nWe sort offcuts by fibre.",
                      "to": "## Sorting\\nWe sort offcuts by fibre: 80% recycled cotton, 20% polyester.", "changed": true}}""")
    public record LanguageComparison(String language, Field title, Field summary, Field body) {
    }

    @Schema(name = "ComparedField", examples = """
            {"from": "Recycling fabric offcuts", "to": "Recycling fabric offcuts into yarn", "changed": true}""")
    public record Field(@Schema(nullable = true) String from, @Schema(nullable = true) String to, boolean changed) {
    }

    private static Field field(String from, String to) {
        return new Field(from, to, from == null ? to != null : !from.equals(to));
    }

    private boolean mayWorkOn(Resource resource) {
        return audience.writesFor(resource.authorOrganisationId()) || audience.reviewsFor(resource.authorOrganisationId());
    }

}
