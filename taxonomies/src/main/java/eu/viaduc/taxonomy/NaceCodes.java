package eu.viaduc.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.platform.problem.ProblemException;

/**
 * NACE Rev. 2.1 activity codes, from {@code taxonomies/nace-rev2.1.csv}. Clients may send a code
 * as statisticians write it (13.92) or with its section letter (C13.92); it is stored with the
 * letter, so that a prefix finds everything under a section or division (C, C13, C13.9).
 */
public final class NaceCodes {

    /** One NACE code: its official code (13.92), level, section letter and title. */
    @Schema(name = "NaceCode", examples = """
            {"code": "13", "level": "division", "section": "C", "title": "Manufacture of textiles"}""")
    public record NaceCode(String code, String level, String section, String title) {

        /** The stored form, with the section letter: C13.92; a section stays C. */
        public String withSection() {
            return code.equals(section) ? section : section + code;
        }
    }

    /** A section letter, a division (13), a group (13.9) or a class (13.92), optionally after the letter. */
    public static final String SYNTAX = "[A-V]|[A-V]?[0-9]{2}(\\.[0-9]{1,2})?";
    private static final Pattern PARTS = Pattern.compile("([A-V])?([0-9]{2}(?:\\.[0-9]{1,2})?)?");

    private static final class Loaded {
        static final CodeList LIST = CodeList.load("nace-rev2.1.csv");
    }

    private NaceCodes() {
    }

    /** The codes in their stored form (C13.92), in the given order without repeats; the problem names the first bad one. */
    public static List<String> canonical(String field, List<String> codes) {
        LinkedHashSet<String> stored = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            stored.add(find(field + "[" + i + "]", codes.get(i)).withSection());
        }
        return new ArrayList<>(stored);
    }

    /** A search prefix in stored form (13 finds C13 and C13.92); a code not in the list is kept as sent. */
    public static String asPrefix(String text) {
        Matcher parts = PARTS.matcher(text);
        if (!parts.matches() || parts.group(2) == null) {
            return text;
        }
        return Loaded.LIST.find(parts.group(2)).map(NaceCodes::naceCode).map(NaceCode::withSection).orElse(text);
    }

    /** The section letters (the "sectors") the stored codes fall in. */
    public static List<String> sectionsOf(List<String> storedCodes) {
        return storedCodes.stream().map(code -> code.substring(0, 1)).distinct().toList();
    }

    public static List<NaceCode> all() {
        // sections first within their letter, then their codes: the classification's own order
        return Loaded.LIST.all().stream().map(NaceCodes::naceCode)
                .sorted(Comparator.comparing(NaceCode::section)
                        .thenComparing(code -> !code.level().equals("section")).thenComparing(NaceCode::code))
                .toList();
    }

    private static NaceCode find(String field, String text) {
        Matcher parts = PARTS.matcher(text == null ? "" : text.strip());
        if (text == null || text.isBlank() || !parts.matches()) {
            throw ProblemException.invalid(field, "must be a NACE Rev. 2.1 code such as C, 13, 13.9 or C13.92");
        }
        String letter = parts.group(1);
        String number = parts.group(2);
        NaceCode code = Loaded.LIST.find(number == null ? letter : number).map(NaceCodes::naceCode)
                .or(() -> belowListedDivision(number))
                .orElseThrow(() -> ProblemException.invalid(field, "'" + text + "' is not a NACE Rev. 2.1 code "
                        + "(GET /api/v1/taxonomies/nace-codes)"));
        if (letter != null && !letter.equals(code.section())) {
            throw ProblemException.invalid(field, code.code() + " belongs to section " + code.section() + ", not " + letter);
        }
        return code;
    }

    /**
     * A group or class while the file lists no codes of that level (see taxonomies/README.md): it is
     * accepted under its division, the finest level the file can vouch for.
     */
    private static Optional<NaceCode> belowListedDivision(String number) {
        if (number == null || number.length() == 2) {
            return Optional.empty();
        }
        String level = number.length() == 4 ? "group" : "class";
        if (Loaded.LIST.all().stream().anyMatch(row -> row.get("level").equals(level))) {
            return Optional.empty();
        }
        return Loaded.LIST.find(number.substring(0, 2)).map(NaceCodes::naceCode)
                .map(division -> new NaceCode(number, level, division.section(), division.title()));
    }

    private static NaceCode naceCode(CSVRecord row) {
        return new NaceCode(row.get("code"), row.get("level"), row.get("section"), row.get("title"));
    }
}
