package eu.viaduc.knowledge.resource.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.knowledge.resource.model.Resource;
import eu.viaduc.knowledge.resource.model.ResourceText;
import eu.viaduc.knowledge.resource.model.ResourceVersion;
import eu.viaduc.platform.outbox.Outbox;

/**
 * Resource events, keyed by resource id: submitted for review, returned, published, archived. Each
 * carries the version concerned with its titles, never the author's name.
 */
@ApplicationScoped
public class ResourceEvents {

    public static final String TOPIC = "viaduc.knowledge.resources";
    public static final String SUBMITTED_V1 = "eu.viaduc.knowledge.resource.submitted.v1";
    public static final String RETURNED_V1 = "eu.viaduc.knowledge.resource.returned.v1";
    public static final String PUBLISHED_V1 = "eu.viaduc.knowledge.resource.published.v1";
    public static final String ARCHIVED_V1 = "eu.viaduc.knowledge.resource.archived.v1";

    private final Outbox outbox;

    @Inject
    public ResourceEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void changed(String type, Resource resource, ResourceVersion version, Map<String, ResourceText> texts) {
        outbox.append(TOPIC, type, resource.id().toString(), new Snapshot(resource.id(), resource.version(),
                version.number(), resource.authorOrganisationId(), resource.status().name(), version.state().name(),
                version.type().name(), version.visibility().name(), version.valueChain(), version.tags(),
                version.naceCodes(), version.originalLanguage(), List.copyOf(texts.keySet()),
                texts.values().stream().collect(Collectors.toMap(ResourceText::language, ResourceText::title)),
                resource.changedAt()));
    }

    /** Data of the resource events; see their JSON Schemas in event-contracts. */
    public record Snapshot(UUID resourceId, long version, int versionNumber, UUID authorOrganisationId, String status,
            String versionState, String type, String visibility, String valueChain, List<String> tags,
            List<String> naceCodes, String originalLanguage, List<String> languages, Map<String, String> titles,
            OffsetDateTime changedAt) {
    }
}
