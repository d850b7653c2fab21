package eu.viaduc.taxonomy;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.platform.problem.ProblemException;

/** NUTS region codes with their level and ISO country, from {@code taxonomies/nuts-2021.csv}. */
public final class NutsRegions {

    /** One NUTS region; level 0 is the country itself (EL for Greece). */
    @Schema(name = "NutsRegion", examples = """
            {"code": "ES51", "level": 2, "country": "ES", "name": "Cataluña"}""")
    public record NutsRegion(String code, int level, String country, String name) {
    }

    private static final class Loaded {
        static final CodeList LIST = CodeList.load("nuts-2021.csv");
    }

    private NutsRegions() {
    }

    /** The region must be listed and lie in the given ISO country (NUTS writes Greece EL). */
    public static void requireRegionOf(String field, String code, String country) {
        NutsRegion region = Loaded.LIST.find(code).map(NutsRegions::region)
                .orElseThrow(() -> ProblemException.invalid(field, "is not a NUTS 2021 code, such as FR10 or ES51"));
        if (!region.country().equals(country)) {
            throw ProblemException.invalid(field, "lies in " + region.country() + ", not in " + country);
        }
    }

    public static List<NutsRegion> all() {
        return Loaded.LIST.all().stream().map(NutsRegions::region).toList();
    }

    private static NutsRegion region(org.apache.commons.csv.CSVRecord row) {
        return new NutsRegion(row.get("code"), Integer.parseInt(row.get("level")), row.get("country"), row.get("name"));
    }
}
