package eu.viaduc.taxonomy;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.platform.problem.ProblemException;

/** ISO 3166-1 alpha-2 country codes, from {@code taxonomies/countries.csv}. */
public final class Countries {

    /** One country as pickers show it. */
    @Schema(name = "Country", examples = """
            {"code": "BG", "name": "Bulgaria"}""")
    public record Country(String code, String name) {
    }

    private static final class Loaded {
        static final CodeList LIST = CodeList.load("countries.csv");
    }

    private Countries() {
    }

    public static void require(String field, String country) {
        if (country == null || !Loaded.LIST.contains(country)) {
            throw ProblemException.invalid(field, "must be an ISO 3166-1 alpha-2 code, such as FR or BG");
        }
    }

    public static List<Country> all() {
        return Loaded.LIST.all().stream().map(row -> new Country(row.get("code"), row.get("name"))).toList();
    }
}
