package eu.viaduc.members.organisation.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

import eu.viaduc.members.taxonomy.Regions;

/** A member of the ecosystem map: a company, a cluster organisation, a research centre... */
@Entity
public class Organisation {

    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrganisationType type;
    private String country;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> competences;
    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;
    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    private Organisation(String name, OrganisationType type, String country, List<String> competences, String registeredBy) {
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.type = type;
        this.country = country;
        this.competences = competences;
        this.registeredBy = registeredBy;
        this.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = registeredAt;
    }

    /**
     * A newly registered organisation. Its country must be an ISO 3166-1 alpha-2 code;
     * competences are trimmed and de-duplicated ignoring case, keeping the first spelling.
     */
    public static Organisation register(String name, OrganisationType type, String country, List<String> competences,
            String registeredBy) {
        Regions.requireCountry("country", country);
        return new Organisation(name, type, country, distinct(competences), registeredBy);
    }

    /** Replaces the profile; the rules of registration hold. */
    public void update(String name, OrganisationType type, String country, List<String> competences) {
        Regions.requireCountry("country", country);
        this.name = name.strip();
        this.type = type;
        this.country = country;
        this.competences = distinct(competences);
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Soft delete: the organisation leaves the map; the row stays for history and references. */
    public void delete() {
        this.deletedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = deletedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    private static List<String> distinct(List<String> competences) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String competence : competences) {
            String trimmed = competence.strip();
            byKey.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
        }
        return new ArrayList<>(byKey.values());
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public String country() {
        return country;
    }

    public List<String> competences() {
        return List.copyOf(competences);
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public long version() {
        return version;
    }
}
