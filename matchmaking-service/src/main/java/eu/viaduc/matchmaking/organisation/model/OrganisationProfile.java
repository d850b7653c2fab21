package eu.viaduc.matchmaking.organisation.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What matchmaking knows of an organisation, learnt from members-service's events. */
@Entity
@Table(name = "organisation_profile")
public class OrganisationProfile {

    @Id
    private UUID id;
    private String name;
    private String type;
    private String country;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> competences;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "competence_keys")
    private List<String> competenceKeys;
    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;
    private long version;

    protected OrganisationProfile() {
        // for JPA
    }

    public OrganisationProfile(UUID id, String name, String type, String country, List<String> competences,
            OffsetDateTime registeredAt) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.country = country;
        this.competences = List.copyOf(competences);
        this.competenceKeys = competences.stream().map(OrganisationProfile::key).distinct().toList();
        this.registeredAt = registeredAt;
    }

    /** Takes a newer version of the organisation's profile. */
    public void replace(String name, String type, String country, List<String> competences, long version) {
        this.name = name;
        this.type = type;
        this.country = country;
        this.competences = List.copyOf(competences);
        this.competenceKeys = competences.stream().map(OrganisationProfile::key).distinct().toList();
        this.version = version;
    }

    /** Whether an event of this version is news, not a repeat or an overtaken change. */
    public boolean isOlderThan(long eventVersion) {
        return version < eventVersion;
    }

    /** How a competence is matched: trimmed, case ignored. */
    public static String key(String competence) {
        return competence.strip().toLowerCase(Locale.ROOT);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public String country() {
        return country;
    }

    public List<String> competences() {
        return List.copyOf(competences);
    }

    public List<String> competenceKeys() {
        return List.copyOf(competenceKeys);
    }
}
