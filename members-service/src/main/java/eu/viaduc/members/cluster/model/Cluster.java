package eu.viaduc.members.cluster.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
