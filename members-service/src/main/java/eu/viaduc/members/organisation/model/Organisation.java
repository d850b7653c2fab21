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

import eu.viaduc.taxonomy.Competences;
import eu.viaduc.taxonomy.Countries;
import eu.viaduc.members.taxonomy.Languages;
import eu.viaduc.taxonomy.NaceCodes;
import eu.viaduc.taxonomy.NutsRegions;
import eu.viaduc.platform.problem.ProblemException;

/**
 * A member of the ecosystem map: a company, a cluster organisation, a research centre... Its full-text
 * index (search_vector) is kept by the database from the stored texts.
 */
@Entity
public class Organisation {

    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrganisationType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "size_band")
    private SizeBand sizeBand;
    private String country;
    @Column(name = "nuts_region")
    private String nutsRegion;
    private String city;
    private Double latitude;
    private Double longitude;
    @Column(name = "registration_id")
    private String registrationId;
    private String website;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "nace_codes")
    private List<String> naceCodes;
    /** The NACE sections of naceCodes, kept for the sector filter and counts. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "nace_sections")
    private List<String> naceSections;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> competences;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> keywords;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> descriptions;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> offers;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> needs;
    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;
    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;
    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    /** A newly registered organisation; the profile must pass every rule of {@link #update}. */
    public static Organisation register(OrganisationProfile profile, String registeredBy) {
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.registeredBy = registeredBy;
        organisation.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        organisation.apply(profile);
        return organisation;
    }

    /**
     * Replaces the profile. Codes must be in the taxonomies, the NUTS region in the country, the
     * registration id in the country's format and the size band must agree with MICRO/SME/LARGE.
     * Competences are vocabulary ids (case ignored); they and keywords are trimmed and de-duplicated ignoring case.
     */
    public void update(OrganisationProfile profile) {
        apply(profile);
    }

    private void apply(OrganisationProfile profile) {
        Countries.require("country", profile.country());
        if (profile.nutsRegion() != null) {
            NutsRegions.requireRegionOf("nutsRegion", profile.nutsRegion(), profile.country());
        }
        requireSizeBandFits(profile.type(), profile.sizeBand());
        List<String> competenceIds = distinct(profile.competences().stream().map(id -> id.toLowerCase(Locale.ROOT)).toList());
        Competences.requireAll("competences", competenceIds);
        this.name = profile.name().strip();
        this.type = profile.type();
        this.sizeBand = profile.sizeBand();
        this.country = profile.country();
        this.nutsRegion = profile.nutsRegion();
        this.city = blankToNull(profile.city());
        this.latitude = profile.location() == null ? null : profile.location().latitude();
        this.longitude = profile.location() == null ? null : profile.location().longitude();
        this.registrationId = profile.registrationId() == null || profile.registrationId().isBlank() ? null
                : RegistrationIds.normalise("registrationId", profile.registrationId(), profile.country());
        this.website = profile.website();
        this.naceCodes = NaceCodes.canonical("naceCodes", profile.naceCodes());
        this.naceSections = NaceCodes.sectionsOf(naceCodes);
        this.competences = competenceIds;
        this.keywords = distinct(profile.keywords());
        this.descriptions = texts("descriptions", profile.descriptions());
        this.offers = texts("offers", profile.offers());
        this.needs = texts("needs", profile.needs());
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Soft delete: the organisation leaves the map; the row stays for history and references. */
    public void delete() {
        this.deletedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = deletedAt;
    }

    /**
     * Erasure on request (GDPR): everything that may identify a person (a sole trader's name, city,
     * point, ids, texts) is overwritten for good; what remains is the type, the country and the codes.
     */
    public void erase() {
        this.erasedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.deletedAt = deletedAt == null ? erasedAt : deletedAt;
        this.updatedAt = erasedAt;
        this.name = "(erased)";
        this.city = null;
        this.latitude = null;
        this.longitude = null;
        this.registrationId = null;
        this.website = null;
        this.keywords = List.of();
        this.descriptions = Map.of();
        this.offers = Map.of();
        this.needs = Map.of();
        this.registeredBy = "(erased)";
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    private static void requireSizeBandFits(OrganisationType type, SizeBand band) {
        boolean contradicts = band != null && switch (type) {
            case MICRO -> band != SizeBand.MICRO_1_9;
            case SME -> band == SizeBand.LARGE_250_PLUS;
            case LARGE -> band != SizeBand.LARGE_250_PLUS;
            default -> false;
        };
        if (contradicts) {
            throw ProblemException.invalid("sizeBand", band + " does not fit an organisation of type " + type);
        }
    }

    private static Map<String, String> texts(String field, Map<String, String> byLanguage) {
        Map<String, String> texts = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> {
            if (!Languages.isLanguage(language)) {
                throw ProblemException.invalid(field + "." + language, "must be keyed by an ISO 639-1 language code");
            }
            texts.put(language, text.strip());
        });
        return texts;
    }

    private static List<String> distinct(List<String> words) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String word : words) {
            String trimmed = word.strip();
            byKey.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
        }
        return new ArrayList<>(byKey.values());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public OrganisationProfile profile() {
        return new OrganisationProfile(name, type, sizeBand, country, nutsRegion, city,
                latitude == null ? null : new GeoPoint(latitude, longitude), registrationId, website,
                List.copyOf(naceCodes), List.copyOf(competences), List.copyOf(keywords), Map.copyOf(descriptions),
                Map.copyOf(offers), Map.copyOf(needs));
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

    public List<String> keywords() {
        return List.copyOf(keywords);
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public OffsetDateTime erasedAt() {
        return erasedAt;
    }

    public long version() {
        return version;
    }
}
