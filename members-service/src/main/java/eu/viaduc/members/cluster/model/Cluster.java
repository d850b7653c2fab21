package eu.viaduc.members.cluster.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.taxonomy.Countries;
import eu.viaduc.taxonomy.NaceCodes;
import eu.viaduc.taxonomy.NutsRegions;

/** A cluster organisation's public profile on the ecosystem map. */
@Entity
public class Cluster {

    @Id
    private UUID id;
    private String name;
    private String acronym;
    private String country;
    @Column(name = "nuts_region")
    private String nutsRegion;
    private String website;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> descriptions;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "value_chains")
    private List<String> valueChains;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "nace_codes")
    private List<String> naceCodes;
    @Enumerated(EnumType.STRING)
    @Column(name = "label_level")
    private LabelLevel labelLevel;
    @Column(name = "label_valid_until")
    private LocalDate labelValidUntil;
    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    /** Set for a cluster a partner platform sent on viaduc.federation.inbound: the platform's id. */
    @Column(name = "origin_source")
    private String originSource;
    @Column(name = "origin_source_name")
    private String originSourceName;
    @Column(name = "origin_id")
    private String originId;
    @Column(name = "origin_url")
    private String originUrl;
    @Version
    private long version;

    protected Cluster() {
        // for JPA
    }

    public static Cluster register(ClusterProfile profile) {
        Cluster cluster = new Cluster();
        cluster.id = UUID.randomUUID();
        cluster.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        cluster.apply(profile);
        return cluster;
    }

    /**
     * A cluster a partner platform sent: its profile is checked by the same rules, and only the platform's
     * own events change it ({@link #requireManagedHere}).
     */
    public static Cluster fromPartner(UUID id, ClusterProfile profile, Provenance provenance) {
        Cluster cluster = new Cluster();
        cluster.id = id;
        cluster.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        cluster.apply(profile);
        cluster.provenance(provenance);
        return cluster;
    }

    /** The partner platform's latest version of its cluster. */
    public void revise(ClusterProfile profile, Provenance provenance) {
        apply(profile);
        provenance(provenance);
    }

    private void provenance(Provenance provenance) {
        this.originSource = provenance.platform();
        this.originSourceName = provenance.platformName();
        this.originId = provenance.originalId();
        this.originUrl = provenance.originalUrl();
    }

    /** Where a partner platform's cluster comes from; empty for a cluster registered here. */
    public Optional<Provenance> provenance() {
        return originSource == null ? Optional.empty()
                : Optional.of(new Provenance(originSource, originSourceName, originId, originUrl));
    }

    /**
     * 409 for a partner platform's cluster: it has no managers, members or alliances here, and its profile
     * changes only on the platform that sent it.
     */
    public void requireManagedHere() {
        if (originSource != null) {
            throw ProblemException.conflict("the cluster '" + name + "' comes from the partner platform '"
                    + (originSourceName == null ? originSource : originSourceName) + "' and is managed there: " + originUrl);
        }
    }

    /** Replaces the whole profile; the same rules hold as at registration. */
    public void update(ClusterProfile profile) {
        apply(profile);
    }

    private void apply(ClusterProfile profile) {
        Countries.require("country", profile.country());
        if (profile.nutsRegion() != null) {
            NutsRegions.requireRegionOf("nutsRegion", profile.nutsRegion(), profile.country());
        }
        this.name = profile.name().strip();
        this.acronym = profile.acronym() == null ? null : profile.acronym().strip();
        this.country = profile.country();
        this.nutsRegion = profile.nutsRegion();
        this.website = profile.website();
        this.descriptions = Map.copyOf(profile.descriptions());
        this.valueChains = List.copyOf(profile.valueChains());
        this.naceCodes = NaceCodes.canonical("naceCodes", profile.naceCodes());
        this.labelLevel = profile.label() == null ? null : profile.label().level();
        this.labelValidUntil = profile.label() == null ? null : profile.label().validUntil();
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public ClusterProfile profile() {
        return new ClusterProfile(name, acronym, country, nutsRegion, website, descriptions, valueChains, naceCodes,
                labelLevel == null ? null : new ExcellenceLabel(labelLevel, labelValidUntil));
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
