package eu.viaduc.members.memberfile.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import eu.viaduc.members.organisation.model.GeoPoint;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.organisation.model.OrganisationProfile;
import eu.viaduc.members.organisation.model.OrganisationType;
import eu.viaduc.members.organisation.model.SizeBand;
import eu.viaduc.platform.problem.ProblemException;

/**
 * The member file: one organisation per CSV row (RFC 4180, UTF-8, a header row). Lists are separated
 * by ';'; texts go in one column per kind and language (description_en, offer_fr, need_nl). The
 * export writes the same columns, with the id first, so an exported file can be imported elsewhere.
 */
public final class MemberFileFormat {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String ID = "id";
    public static final List<String> COLUMNS = List.of("name", "type", "sizeBand", "country", "nutsRegion", "city",
            "latitude", "longitude", "registrationId", "website", "naceCodes", "competences", "keywords");
    public static final Set<String> REQUIRED = Set.of("name", "type", "country");
    public static final List<String> TEXT_KINDS = List.of("description", "offer", "need");
    private static final Pattern TEXT_COLUMN = Pattern.compile("(description|offer|need)_[a-z]{2}");
    private static final String LIST_SEPARATOR = ";";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private MemberFileFormat() {
    }

    /** A problem naming the first header column the file must not have, or the first it lacks. */
    public static void requireHeader(List<String> header) {
        for (String column : header) {
            if (!column.equals(ID) && !COLUMNS.contains(column) && !TEXT_COLUMN.matcher(column).matches()) {
                throw ProblemException.invalid("file", "has an unknown column '" + column + "'; columns are "
                        + String.join(",", COLUMNS) + " and description_xx, offer_xx, need_xx per language");
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw ProblemException.invalid("file", "lacks the column '" + column + "'");
            }
        }
    }

    /** The profile a row describes; a problem names the column of a value that cannot be read. */
    public static OrganisationProfile read(CSVRecord row) {
        Map<String, Map<String, String>> texts = Map.of("description", new LinkedHashMap<>(), "offer",
                new LinkedHashMap<>(), "need", new LinkedHashMap<>());
        row.toMap().forEach((column, value) -> {
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw ProblemException.invalid(column, "must not contain the NUL character (U+0000)");
            }
            if (TEXT_COLUMN.matcher(column).matches() && !value.isBlank()) {
                texts.get(column.substring(0, column.indexOf('_'))).put(column.substring(column.indexOf('_') + 1),
                        uncell(value));
            }
        });
        Double latitude = number(row, "latitude");
        Double longitude = number(row, "longitude");
        if ((latitude == null) != (longitude == null)) {
            throw ProblemException.invalid(latitude == null ? "latitude" : "longitude", "must be given with the other");
        }
        return new OrganisationProfile(text(row, "name"), enumValue(row, "type", OrganisationType.class),
                enumValue(row, "sizeBand", SizeBand.class), text(row, "country"), text(row, "nutsRegion"),
                text(row, "city"), latitude == null ? null : new GeoPoint(latitude, longitude),
                text(row, "registrationId"), text(row, "website"), list(row, "naceCodes"), list(row, "competences"),
                list(row, "keywords"), texts.get("description"), texts.get("offer"), texts.get("need"));
    }

    public static List<String> header(List<String> languages) {
        List<String> header = new ArrayList<>();
        header.add(ID);
        header.addAll(COLUMNS);
        for (String kind : TEXT_KINDS) {
            languages.forEach(language -> header.add(kind + "_" + language));
        }
        return header;
    }

    /** A row of the export; text cells a spreadsheet would run as a formula are neutralised (see {@link #cell}). */
    public static List<Object> write(Organisation organisation, List<String> languages) {
        OrganisationProfile profile = organisation.profile();
        List<Object> row = new ArrayList<>(Arrays.asList(organisation.id(), cell(profile.name()), profile.type(),
                profile.sizeBand(), profile.country(), profile.nutsRegion(), cell(profile.city()),
                profile.location() == null ? null : profile.location().latitude(),
                profile.location() == null ? null : profile.location().longitude(), cell(profile.registrationId()),
                cell(profile.website()), String.join(LIST_SEPARATOR, profile.naceCodes()),
                cell(String.join(LIST_SEPARATOR, profile.competences())),
                cell(String.join(LIST_SEPARATOR, profile.keywords()))));
        for (Map<String, String> texts : List.of(profile.descriptions(), profile.offers(), profile.needs())) {
            languages.forEach(language -> row.add(cell(texts.get(language))));
        }
        return row;
    }

    /**
     * CSV injection (OWASP): a text starting with =, +, -, @, a tab or a carriage return is run as a
     * formula by spreadsheets, so it is written behind a single quote, which they show as text.
     * Reading a member file takes that quote off again, so an export imports unchanged.
     */
    static String cell(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String uncell(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    private static String text(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = uncell(row.get(column).strip());
        return value.isEmpty() ? null : value;
    }

    private static List<String> list(CSVRecord row, String column) {
        String value = text(row, column);
        return value == null ? List.of() : Arrays.stream(value.split(LIST_SEPARATOR)).map(String::strip)
                .filter(item -> !item.isEmpty()).toList();
    }

    private static Double number(CSVRecord row, String column) {
        String value = text(row, column);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(column, "must be a decimal number such as 41.5633");
        }
    }

    private static <E extends Enum<E>> E enumValue(CSVRecord row, String column, Class<E> type) {
        String value = text(row, column);
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(column, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
