package eu.viaduc.members.taxonomy;

import java.util.Locale;
import java.util.Set;

import eu.viaduc.platform.problem.ProblemException;

/** Country and NUTS region checks shared by every members feature. */
public final class Regions {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private Regions() {
    }

    public static void requireCountry(String field, String country) {
        if (!ISO_COUNTRIES.contains(country)) {
            throw ProblemException.invalid(field, "must be an ISO 3166-1 alpha-2 code, such as FR or BG");
        }
    }

    /** NUTS codes start with the country's code; Greece is EL in NUTS, GR in ISO 3166. */
    public static void requireNutsRegionOf(String field, String nutsRegion, String country) {
        String nutsCountry = "GR".equals(country) ? "EL" : country;
        if (!nutsRegion.startsWith(nutsCountry)) {
            throw ProblemException.invalid(field, "must be a NUTS region of " + country + " (starting with " + nutsCountry + ")");
        }
    }
}
