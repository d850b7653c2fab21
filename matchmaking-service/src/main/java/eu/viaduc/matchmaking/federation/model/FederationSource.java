package eu.viaduc.matchmaking.federation.model;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A partner platform allowed to send events on viaduc.federation.inbound, known by the CloudEvents
 * {@code source} its events carry. Its opportunities belong to an organisation id that stands for the
 * platform, which nobody here can act for: only the platform's own events change them.
 */
@Entity
@Table(name = "federation_source")
public class FederationSource {

    @Id
    private String id;
    private String name;
    @Column(name = "source_uri")
    private String sourceUri;
    private String website;
    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;
    @Column(name = "registered_by")
    private String registeredBy;

    protected FederationSource() {
    }

    public FederationSource(String id, String name, String sourceUri, String website, String registeredBy, OffsetDateTime now) {
        this.id = id;
        this.registeredAt = now;
        this.registeredBy = registeredBy;
        change(name, sourceUri, website);
    }

    public void change(String name, String sourceUri, String website) {
        this.name = name;
        this.sourceUri = sourceUri;
        this.website = website;
    }

    /** The organisation id that stands for this platform as the poster of its opportunities. */
    public UUID organisationId() {
        return UUID.nameUUIDFromBytes(("viaduc-federation-source:" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** This service's id of the platform's opportunity {@code originalId}: no other platform can reach it. */
    public UUID opportunityId(String originalId) {
        return UUID.nameUUIDFromBytes(("viaduc-federation:" + id + ":" + originalId).getBytes(StandardCharsets.UTF_8));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String sourceUri() {
        return sourceUri;
    }

    public String website() {
        return website;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }
}
