package eu.viaduc.members.organisation.model;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import eu.viaduc.platform.problem.ProblemException;

/**
 * Registration ids: in the EU the VAT number with its country prefix (as VIES writes it, Greece
 * EL), in Switzerland the UID (CHE...), elsewhere the national company number. Spaces, dots and
 * dashes are dropped; the format of the organisation's country must then match.
 */
public final class RegistrationIds {

    /** VAT number formats after the prefix, per EU member state (and XI, Northern Ireland). */
    private static final Map<String, Pattern> VAT_FORMATS = Map.ofEntries(
            vat("AT", "U[0-9]{8}"), vat("BE", "[01][0-9]{9}"), vat("BG", "[0-9]{9,10}"), vat("CY", "[0-9]{8}[A-Z]"),
            vat("CZ", "[0-9]{8,10}"), vat("DE", "[0-9]{9}"), vat("DK", "[0-9]{8}"), vat("EE", "[0-9]{9}"),
            vat("EL", "[0-9]{9}"), vat("ES", "[0-9A-Z][0-9]{7}[0-9A-Z]"), vat("FI", "[0-9]{8}"),
            vat("FR", "[0-9A-HJ-NP-Z]{2}[0-9]{9}"), vat("HR", "[0-9]{11}"), vat("HU", "[0-9]{8}"),
            vat("IE", "[0-9][0-9A-Z+*][0-9]{5}[A-W][A-I]?"), vat("IT", "[0-9]{11}"), vat("LT", "[0-9]{9}|[0-9]{12}"),
            vat("LU", "[0-9]{8}"), vat("LV", "[0-9]{11}"), vat("MT", "[0-9]{8}"), vat("NL", "[0-9]{9}B[0-9]{2}"),
            vat("PL", "[0-9]{10}"), vat("PT", "[0-9]{9}"), vat("RO", "[1-9][0-9]{1,9}"), vat("SE", "[0-9]{10}01"),
            vat("SI", "[0-9]{8}"), vat("SK", "[0-9]{10}"), vat("XI", "[0-9]{9}|[0-9]{12}|GD[0-9]{3}|HA[0-9]{3}"),
            vat("CH", "E[0-9]{9}(MWST|TVA|IVA)?"), vat("NO", "[0-9]{9}(MVA)?"), vat("GB", "[0-9]{9}|[0-9]{12}"));
    private static final Pattern NATIONAL_NUMBER = Pattern.compile("[A-Z0-9]{4,20}");

    private RegistrationIds() {
    }

    private static Map.Entry<String, Pattern> vat(String prefix, String format) {
        return Map.entry(prefix, Pattern.compile(format));
    }

    /** The id as stored (upper case, no separators), or a problem naming the field and the expected format. */
    public static String normalise(String field, String registrationId, String country) {
        String id = registrationId.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        String prefix = "GR".equals(country) ? "EL" : country;
        Pattern format = VAT_FORMATS.get(prefix);
        if (format == null) {
            if (!NATIONAL_NUMBER.matcher(id).matches()) {
                throw ProblemException.invalid(field, "must be the national company number: 4 to 20 letters or digits");
            }
            return id;
        }
        if (!id.startsWith(prefix) || !format.matcher(id.substring(prefix.length())).matches()) {
            throw ProblemException.invalid(field, "must be a VAT number of " + country + ": " + prefix
                    + " followed by " + format.pattern());
        }
        return id;
    }
}
