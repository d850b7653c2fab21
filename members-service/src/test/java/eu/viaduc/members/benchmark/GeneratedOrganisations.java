package eu.viaduc.members.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.viaduc.taxonomy.Competences;
import eu.viaduc.taxonomy.NaceCodes;
import eu.viaduc.taxonomy.NutsRegions;

/**
 * Deterministic, plausible organisations for the benchmark: 30 countries, real NUTS, NACE and
 * competence codes, descriptions in English and the country's language.
 */
final class GeneratedOrganisations {

    /** The 27 member states, and three EFTA or candidate countries without NUTS regions here. */
    static final List<String> COUNTRIES = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "GR", "ES", "FI",
            "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "NO", "CH",
            "IS");
    private static final Map<String, String> LANGUAGE = Map.ofEntries(Map.entry("AT", "de"), Map.entry("BE", "nl"),
            Map.entry("BG", "bg"), Map.entry("CY", "el"), Map.entry("CZ", "cs"), Map.entry("DE", "de"),
            Map.entry("DK", "da"), Map.entry("EE", "et"), Map.entry("GR", "el"), Map.entry("ES", "es"),
            Map.entry("FI", "fi"), Map.entry("FR", "fr"), Map.entry("HR", "hr"), Map.entry("HU", "hu"),
            Map.entry("IE", "en"), Map.entry("IT", "it"), Map.entry("LT", "lt"), Map.entry("LU", "fr"),
            Map.entry("LV", "lv"), Map.entry("MT", "mt"), Map.entry("NL", "nl"), Map.entry("PL", "pl"),
            Map.entry("PT", "pt"), Map.entry("RO", "ro"), Map.entry("SE", "sv"), Map.entry("SI", "sl"),
            Map.entry("SK", "sk"), Map.entry("NO", "no"), Map.entry("CH", "de"), Map.entry("IS", "is"));
    static final List<String> WORDS = List.of("textile", "fabric", "recycling", "cosmetic", "packaging", "sensor",
            "coating", "yarn", "fashion", "design", "laboratory", "testing", "prototype", "software", "logistics",
            "furniture", "ceramic", "pharmaceutical", "medical", "device", "food", "organic", "wine", "timber",
            "solar", "battery", "hydrogen", "robot", "automation", "machining", "printing", "leather", "footwear",
            "glass", "composite", "carbon", "fibre", "knitting", "weaving", "embroidery");
    private static final List<String> TYPES = List.of("MICRO", "MICRO", "SME", "SME", "SME", "SME", "LARGE",
            "CLUSTER_ORGANISATION", "SUPPORT_ORGANISATION", "RESEARCH", "PUBLIC_BODY", "TRAINING_PROVIDER");
    private static final List<String> SYLLABLES = List.of("ka", "lo", "mer", "ti", "sa", "ven", "dor", "ra", "li",
            "nor", "ta", "vi", "ber", "co", "pha", "zen", "ro", "mi", "tex", "lu");

    /** Made-up words, so that most words of a text are rare as in real texts: 1,500 of them. */
    private static final List<String> RARE_WORDS = rareWords();

    private final Random random;
    private final Map<String, List<String>> nutsByCountry;
    private final List<String> competences = Competences.all().stream().map(Competences.Competence::id).toList();
    private final List<NaceCodes.NaceCode> divisions = NaceCodes.all().stream()
            .filter(code -> code.level().equals("division")).toList();

    GeneratedOrganisations(long seed) {
        this.random = new Random(seed);
        this.nutsByCountry = NutsRegions.all().stream().filter(region -> region.level() == 2)
                .collect(Collectors.groupingBy(NutsRegions.NutsRegion::country,
                        Collectors.mapping(NutsRegions.NutsRegion::code, Collectors.toList())));
    }

    record Generated(UUID id, String name, String type, String country, String nutsRegion, double latitude,
            double longitude, List<String> naceCodes, List<String> competences, List<String> keywords,
            Map<String, String> descriptions) {
    }

    Generated next(int index) {
        String country = COUNTRIES.get(index % COUNTRIES.size());
        List<String> regions = nutsByCountry.getOrDefault(country, List.of());
        List<String> nace = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(2); i++) {
            nace.add(pick(divisions).withSection());
        }
        String language = LANGUAGE.get(country);
        String english = sentence(10);
        return new Generated(UUID.randomUUID(), name(index), pick(TYPES), country,
                regions.isEmpty() ? null : pick(regions), 36 + random.nextDouble() * 30, -9 + random.nextDouble() * 38,
                nace.stream().distinct().toList(), distinct(competences, 1 + random.nextInt(4)),
                distinct(WORDS, random.nextInt(3)),
                language.equals("en") ? Map.of("en", english) : Map.of("en", english, language, sentence(8)));
    }

    /** A made-up company name, unique by its index. */
    String name(int index) {
        String stem = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
        return Character.toUpperCase(stem.charAt(0)) + stem.substring(1) + " " + capitalised(pick(WORDS)) + " "
                + Integer.toString(index, 36).toUpperCase();
    }

    /** Three words in ten are common sector words (each in about 1 text in 8), the rest rare ones. */
    String sentence(int words) {
        List<String> sentence = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            sentence.add(random.nextInt(10) < 3 ? pick(WORDS) : pick(RARE_WORDS));
        }
        return String.join(" ", sentence) + ".";
    }

    /** A common sector word, found in many organisations' texts. */
    String word() {
        return pick(WORDS);
    }

    /** A rare word, found in about one organisation in a hundred. */
    String rareWord() {
        return pick(RARE_WORDS);
    }

    private static List<String> rareWords() {
        List<String> words = new ArrayList<>();
        for (String first : SYLLABLES) {
            for (String second : SYLLABLES) {
                for (String third : List.of("st", "nd", "rk", "lt")) {
                    words.add(first + second + third);
                }
            }
        }
        return List.copyOf(words.subList(0, 1_500));
    }

    String competence() {
        return pick(competences);
    }

    String type() {
        return pick(TYPES);
    }

    String country() {
        return pick(COUNTRIES);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private List<String> distinct(List<String> values, int count) {
        return random.ints(count, 0, values.size()).mapToObj(values::get).distinct().toList();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
