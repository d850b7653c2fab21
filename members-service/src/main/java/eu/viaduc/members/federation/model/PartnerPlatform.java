package eu.viaduc.members.federation.model;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A partner platform as matchmaking-service registered it (read model of its federation-source events):
 * its cluster profiles are taken when their CloudEvents {@code source} is the platform's.
 */
@Entity
@Table(name = "federation_source")
public class PartnerPlatform {

    @Id
    private String id;
    private String name;
    @Column(name = "source_uri")
    private String sourceUri;
    private String website;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected PartnerPlatform() {
    }

    public PartnerPlatform(String id) {
        this.id = id;
    }

    public void change(String name, String sourceUri, String website, OffsetDateTime changedAt) {
        this.name = name;
        this.sourceUri = sourceUri;
        this.website = website;
        this.changedAt = changedAt;
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
}
