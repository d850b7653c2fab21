package eu.viaduc.matchmaking.organisation.model;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What matchmaking keeps of an organisation's public profile: its offers are free text by language,
 * compared with opportunities' texts. Events of v1 carry only name, type, country and competences; the
 * other facts stay empty until a v2 event brings them.
 */
@Schema(name = "ProfileFacts", examples = """
        {"name": "Filature du Nord SAS", "type": "SME", "sizeBand": "MEDIUM_50_249", "country": "FR", "nutsRegion": "FRE11",
         "latitude": 50.6903, "longitude": 3.1817, "naceCodes": ["C13.10"], "competences": ["spinning", "textile-recycling"],
         "keywords": ["recycled yarn", "post-consumer cotton"],
         "offers": {"fr": "Filature de fils recyclés à partir de coton post-consommation.",
                    "en": "Spinning of recycled yarn from post-consumer cotton."}}""")
public record ProfileFacts(String name, String type, @Schema(nullable = true) String sizeBand, String country,
        @Schema(nullable = true) String nutsRegion, @Schema(nullable = true) Double latitude,
        @Schema(nullable = true) Double longitude, List<String> naceCodes, List<String> competences, List<String> keywords,
        Map<String, String> offers) {

    public ProfileFacts {
        naceCodes = naceCodes == null ? List.of() : List.copyOf(naceCodes);
        competences = competences == null ? List.of() : List.copyOf(competences);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        offers = offers == null ? Map.of() : Map.copyOf(offers);
    }

    public static ProfileFacts of(String name, String type, String country, List<String> competences) {
        return new ProfileFacts(name, type, null, country, null, null, null, List.of(), competences, List.of(), Map.of());
    }
}
