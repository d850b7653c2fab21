package eu.viaduc.matchmaking.organisation.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

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
    @Column(name = "size_band")
    private String sizeBand;
    @Column(name = "nuts_region")
    private String nutsRegion;
    private Double latitude;
    private Double longitude;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "nace_codes")
    private List<String> naceCodes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> keywords;
    /** What it offers, in its own words by language (stemmed into offer_words by PostgreSQL). */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> offers;
    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    private long version;

    protected OrganisationProfile() {
        // for JPA
    }

    /** The profile as an event of members-service at {@code changedAt} gives it. */
    public OrganisationProfile(UUID id, ProfileFacts facts, long version, OffsetDateTime registeredAt,
            OffsetDateTime changedAt) {
        this.id = id;
        this.registeredAt = registeredAt;
        replace(facts, version, changedAt);
    }

    /** Takes a newer version of the organisation's profile, changed at that moment. */
    public void replace(ProfileFacts facts, long version, OffsetDateTime changedAt) {
        this.changedAt = changedAt;
        this.name = facts.name();
        this.type = facts.type();
        this.sizeBand = facts.sizeBand();
        this.country = facts.country();
        this.nutsRegion = facts.nutsRegion();
        this.latitude = facts.latitude();
        this.longitude = facts.longitude();
        this.naceCodes = facts.naceCodes();
        this.competences = facts.competences();
        this.keywords = facts.keywords();
        this.offers = facts.offers();
        // a need written in free words finds keywords as well as vocabulary competences
        this.competenceKeys = Stream.concat(competences.stream(), keywords.stream())
                .map(OrganisationProfile::key).distinct().toList();
        this.version = version;
    }

    /** The facts as the last applied event gave them. */
    public ProfileFacts facts() {
        return new ProfileFacts(name, type, sizeBand, country, nutsRegion, latitude, longitude, naceCodes, competences,
                keywords, offers);
    }

    public long version() {
        return version;
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
