package eu.viaduc.matchmaking.ranking.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import eu.viaduc.taxonomy.Competences;

/**
 * The reasons of a match written in English, French or Dutch ({0}, {1}... are the message's values;
 * competence ids are written as their labels in the language). Another language falls back to English.
 */
public final class Sentences {

    public static final List<String> LANGUAGES = List.of("en", "fr", "nl");

    private static final Map<String, Map<String, String>> TEMPLATES = Map.of(
            "en", Map.ofEntries(
                    Map.entry("competence.none", "The opportunity names no required competence."),
                    Map.entry("competence.coverage", "Covers {0} of the {1} required competences."),
                    Map.entry("competence.exact", "Offers {0}."),
                    Map.entry("competence.related", "Offers {1}, of the same family as {0} (half credit)."),
                    Map.entry("competence.missing", "Does not offer {0}."),
                    Map.entry("text.noWords", "The organisation describes no offers and gives no keywords to compare with the text."),
                    Map.entry("text.none", "Its offers and keywords share no word with the opportunity."),
                    Map.entry("text.shared", "Its offers and keywords share {0} words with the opportunity: {1}."),
                    Map.entry("sector.none", "The opportunity names no sector (neutral)."),
                    Map.entry("sector.unknown", "The organisation gives no NACE sector."),
                    Map.entry("sector.different", "No NACE sector in common with {0}."),
                    Map.entry("sector.within", "Its sector {0} lies within {1}, as asked."),
                    Map.entry("sector.level4", "Its sector {0} is the class {1} asked."),
                    Map.entry("sector.level3", "Its sector {0} is in the same NACE group as {1}."),
                    Map.entry("sector.level2", "Its sector {0} is in the same NACE division as {1}."),
                    Map.entry("sector.level1", "Its sector {0} is in the same NACE section as {1}."),
                    Map.entry("sector.level0", "No NACE sector in common with {1}."),
                    Map.entry("geography.sought", "{0} is among the countries sought."),
                    Map.entry("geography.notSought", "{0} is not among the countries sought ({1})."),
                    Map.entry("geography.nuts2", "In the poster's region ({0})."),
                    Map.entry("geography.nuts1", "In the poster's NUTS-1 area ({0})."),
                    Map.entry("geography.country", "In the poster's country ({0})."),
                    Map.entry("geography.distance", "{0} km from the poster."),
                    Map.entry("geography.unknown", "Another country than the poster's; the distance is unknown."),
                    Map.entry("diversity.otherCountry", "From {0}, another country than the poster's ({1})."),
                    Map.entry("diversity.sameCountry", "From the poster's country, or one unknown."),
                    Map.entry("diversity.noCluster", "A member of no cluster."),
                    Map.entry("diversity.sameCluster", "Shares a cluster with the poster."),
                    Map.entry("diversity.otherCluster", "A member of clusters the poster is not in."),
                    Map.entry("capacity.none", "No quantity asked (neutral)."),
                    Map.entry("capacity.unknown", "Its size is unknown, against {0} asked."),
                    Map.entry("capacity.band", "Size {0} against {1} asked."),
                    Map.entry("profile.state", "Profile {0}% complete, changed {1} days ago."),
                    Map.entry("improve.competence", "Add the competence {0} ({1}) to your profile if you offer it."),
                    Map.entry("improve.offers", "Describe what you offer, and add keywords."),
                    Map.entry("improve.nace", "Give your NACE sectors (the opportunity asks {0})."),
                    Map.entry("improve.fields", "Fill in your profile: {0}."),
                    Map.entry("improve.review", "Review your profile: it was last changed {0} days ago."),
                    Map.entry("consortium.exact", "All {0} organisations offering a required competence were considered: no smaller team exists, and none of the same size fits better."),
                    Map.entry("consortium.narrowed", "{0} organisations offer a required competence; the search kept {1} of them (for each competence its best holders and the best of each country and cluster), so these teams are the best among those, not proven the best of all."),
                    Map.entry("consortium.cutShort", "The search stopped after {0} steps: these teams are the best it found, not proven the best."),
                    Map.entry("consortium.uncovered", "No organisation offers {0}: no team can cover it."),
                    Map.entry("consortium.ruledOut", "The obvious team, the smallest and best-fitting one without your diversity rules ({0}), was ruled out:"),
                    Map.entry("consortium.violation.countries", "its members come from {0} countries, {1} asked."),
                    Map.entry("consortium.violation.clusters", "its members represent {0} different clusters, {1} asked."),
                    Map.entry("consortium.violation.onePerCluster", "two of its members belong to the same cluster."),
                    Map.entry("consortium.violation.size", "it has {0} members, at most {1} asked."),
                    Map.entry("consortium.tooLarge", "No team of at most {0} members covers every required competence under these rules; the smallest has {1}."),
                    Map.entry("consortium.none", "No team of at most {0} members meets all these rules together."),
                    Map.entry("consortium.team", "{0} members from {1} countries, representing {2} clusters, cover the {3} required competences."),
                    Map.entry("consortium.member", "Covers {0}. From {1}, a member of {2} clusters; fit {3}/100.")),
            "fr", Map.ofEntries(
                    Map.entry("competence.none", "L'opportunité ne demande aucune compétence précise."),
                    Map.entry("competence.coverage", "Couvre {0} des {1} compétences demandées."),
                    Map.entry("competence.exact", "Propose {0}."),
                    Map.entry("competence.related", "Propose {1}, de la même famille que {0} (moitié des points)."),
                    Map.entry("competence.missing", "Ne propose pas {0}."),
                    Map.entry("text.noWords", "L'organisation ne décrit pas ses offres et n'a pas de mots-clés à comparer au texte."),
                    Map.entry("text.none", "Ses offres et mots-clés n'ont aucun mot en commun avec l'opportunité."),
                    Map.entry("text.shared", "Ses offres et mots-clés ont {0} mots en commun avec l'opportunité : {1}."),
                    Map.entry("sector.none", "L'opportunité ne nomme aucun secteur (neutre)."),
                    Map.entry("sector.unknown", "L'organisation n'indique aucun secteur NACE."),
                    Map.entry("sector.different", "Aucun secteur NACE en commun avec {0}."),
                    Map.entry("sector.within", "Son secteur {0} relève de {1}, comme demandé."),
                    Map.entry("sector.level4", "Son secteur {0} est la classe {1} demandée."),
                    Map.entry("sector.level3", "Son secteur {0} est dans le même groupe NACE que {1}."),
                    Map.entry("sector.level2", "Son secteur {0} est dans la même division NACE que {1}."),
                    Map.entry("sector.level1", "Son secteur {0} est dans la même section NACE que {1}."),
                    Map.entry("sector.level0", "Aucun secteur NACE en commun avec {1}."),
                    Map.entry("geography.sought", "{0} fait partie des pays recherchés."),
                    Map.entry("geography.notSought", "{0} ne fait pas partie des pays recherchés ({1})."),
                    Map.entry("geography.nuts2", "Dans la région de l'auteur ({0})."),
                    Map.entry("geography.nuts1", "Dans la zone NUTS 1 de l'auteur ({0})."),
                    Map.entry("geography.country", "Dans le pays de l'auteur ({0})."),
                    Map.entry("geography.distance", "À {0} km de l'auteur."),
                    Map.entry("geography.unknown", "Un autre pays que celui de l'auteur ; distance inconnue."),
                    Map.entry("diversity.otherCountry", "Vient de {0}, un autre pays que celui de l'auteur ({1})."),
                    Map.entry("diversity.sameCountry", "Du pays de l'auteur, ou d'un pays inconnu."),
                    Map.entry("diversity.noCluster", "Membre d'aucun cluster."),
                    Map.entry("diversity.sameCluster", "Partage un cluster avec l'auteur."),
                    Map.entry("diversity.otherCluster", "Membre de clusters dont l'auteur ne fait pas partie."),
                    Map.entry("capacity.none", "Aucune quantité demandée (neutre)."),
                    Map.entry("capacity.unknown", "Taille inconnue, pour {0} demandés."),
                    Map.entry("capacity.band", "Taille {0} pour {1} demandés."),
                    Map.entry("profile.state", "Profil complet à {0} %, modifié il y a {1} jours."),
                    Map.entry("improve.competence", "Ajoutez la compétence {0} ({1}) à votre profil si vous la proposez."),
                    Map.entry("improve.offers", "Décrivez ce que vous proposez et ajoutez des mots-clés."),
                    Map.entry("improve.nace", "Indiquez vos secteurs NACE (l'opportunité demande {0})."),
                    Map.entry("improve.fields", "Complétez votre profil : {0}."),
                    Map.entry("improve.review", "Revoyez votre profil : sa dernière modification date de {0} jours."),
                    Map.entry("consortium.exact", "Les {0} organisations qui proposent une compétence demandée ont toutes été examinées : aucune équipe plus petite n'existe, et aucune de même taille ne convient mieux."),
                    Map.entry("consortium.narrowed", "{0} organisations proposent une compétence demandée ; la recherche en a gardé {1} (pour chaque compétence ses meilleurs détenteurs et le meilleur de chaque pays et de chaque cluster) : ces équipes sont les meilleures parmi celles-ci, sans preuve qu'elles soient les meilleures de toutes."),
                    Map.entry("consortium.cutShort", "La recherche s'est arrêtée après {0} étapes : ces équipes sont les meilleures trouvées, sans preuve qu'elles soient les meilleures."),
                    Map.entry("consortium.uncovered", "Aucune organisation ne propose {0} : aucune équipe ne peut la couvrir."),
                    Map.entry("consortium.ruledOut", "L'équipe évidente, la plus petite et la mieux adaptée sans vos règles de diversité ({0}), a été écartée :"),
                    Map.entry("consortium.violation.countries", "ses membres viennent de {0} pays, {1} demandés."),
                    Map.entry("consortium.violation.clusters", "ses membres représentent {0} clusters différents, {1} demandés."),
                    Map.entry("consortium.violation.onePerCluster", "deux de ses membres appartiennent au même cluster."),
                    Map.entry("consortium.violation.size", "elle compte {0} membres, {1} au plus demandés."),
                    Map.entry("consortium.tooLarge", "Aucune équipe d'au plus {0} membres ne couvre toutes les compétences demandées avec ces règles ; la plus petite en compte {1}."),
                    Map.entry("consortium.none", "Aucune équipe d'au plus {0} membres ne respecte toutes ces règles à la fois."),
                    Map.entry("consortium.team", "{0} membres de {1} pays, représentant {2} clusters, couvrent les {3} compétences demandées."),
                    Map.entry("consortium.member", "Couvre {0}. De {1}, membre de {2} clusters ; adéquation {3}/100.")),
            "nl", Map.ofEntries(
                    Map.entry("competence.none", "De kans vraagt geen specifieke competentie."),
                    Map.entry("competence.coverage", "Dekt {0} van de {1} gevraagde competenties."),
                    Map.entry("competence.exact", "Biedt {0}."),
                    Map.entry("competence.related", "Biedt {1}, uit dezelfde familie als {0} (halve score)."),
                    Map.entry("competence.missing", "Biedt geen {0}."),
                    Map.entry("text.noWords", "De organisatie beschrijft geen aanbod en geeft geen trefwoorden om met de tekst te vergelijken."),
                    Map.entry("text.none", "Haar aanbod en trefwoorden hebben geen woord gemeen met de kans."),
                    Map.entry("text.shared", "Haar aanbod en trefwoorden hebben {0} woorden gemeen met de kans: {1}."),
                    Map.entry("sector.none", "De kans noemt geen sector (neutraal)."),
                    Map.entry("sector.unknown", "De organisatie geeft geen NACE-sector op."),
                    Map.entry("sector.different", "Geen NACE-sector gemeen met {0}."),
                    Map.entry("sector.within", "Haar sector {0} valt onder {1}, zoals gevraagd."),
                    Map.entry("sector.level4", "Haar sector {0} is de gevraagde klasse {1}."),
                    Map.entry("sector.level3", "Haar sector {0} zit in dezelfde NACE-groep als {1}."),
                    Map.entry("sector.level2", "Haar sector {0} zit in dezelfde NACE-afdeling als {1}."),
                    Map.entry("sector.level1", "Haar sector {0} zit in dezelfde NACE-sectie als {1}."),
                    Map.entry("sector.level0", "Geen NACE-sector gemeen met {1}."),
                    Map.entry("geography.sought", "{0} is een van de gezochte landen."),
                    Map.entry("geography.notSought", "{0} is geen van de gezochte landen ({1})."),
                    Map.entry("geography.nuts2", "In de regio van de plaatser ({0})."),
                    Map.entry("geography.nuts1", "In het NUTS-1-gebied van de plaatser ({0})."),
                    Map.entry("geography.country", "In het land van de plaatser ({0})."),
                    Map.entry("geography.distance", "{0} km van de plaatser."),
                    Map.entry("geography.unknown", "Een ander land dan dat van de plaatser; afstand onbekend."),
                    Map.entry("diversity.otherCountry", "Uit {0}, een ander land dan dat van de plaatser ({1})."),
                    Map.entry("diversity.sameCountry", "Uit het land van de plaatser, of een onbekend land."),
                    Map.entry("diversity.noCluster", "Lid van geen enkel cluster."),
                    Map.entry("diversity.sameCluster", "Deelt een cluster met de plaatser."),
                    Map.entry("diversity.otherCluster", "Lid van clusters waar de plaatser geen lid van is."),
                    Map.entry("capacity.none", "Geen hoeveelheid gevraagd (neutraal)."),
                    Map.entry("capacity.unknown", "Grootte onbekend, voor {0} gevraagd."),
                    Map.entry("capacity.band", "Grootte {0} voor {1} gevraagd."),
                    Map.entry("profile.state", "Profiel voor {0}% ingevuld, {1} dagen geleden gewijzigd."),
                    Map.entry("improve.competence", "Voeg de competentie {0} ({1}) toe aan uw profiel als u die biedt."),
                    Map.entry("improve.offers", "Beschrijf wat u aanbiedt en voeg trefwoorden toe."),
                    Map.entry("improve.nace", "Geef uw NACE-sectoren op (de kans vraagt {0})."),
                    Map.entry("improve.fields", "Vul uw profiel aan: {0}."),
                    Map.entry("improve.review", "Herzie uw profiel: het is {0} dagen geleden voor het laatst gewijzigd."),
                    Map.entry("consortium.exact", "Alle {0} organisaties die een gevraagde competentie bieden zijn bekeken: er bestaat geen kleiner team, en geen team van dezelfde grootte past beter."),
                    Map.entry("consortium.narrowed", "{0} organisaties bieden een gevraagde competentie; de zoektocht hield er {1} over (per competentie de best passende aanbieders en de beste per land en per cluster), dus deze teams zijn de beste daarvan, niet bewezen de beste van allemaal."),
                    Map.entry("consortium.cutShort", "De zoektocht stopte na {0} stappen: deze teams zijn de beste die gevonden zijn, niet bewezen de beste."),
                    Map.entry("consortium.uncovered", "Geen enkele organisatie biedt {0}: geen team kan die dekken."),
                    Map.entry("consortium.ruledOut", "Het voor de hand liggende team, het kleinste en best passende zonder uw diversiteitsregels ({0}), viel af:"),
                    Map.entry("consortium.violation.countries", "de leden komen uit {0} landen, {1} gevraagd."),
                    Map.entry("consortium.violation.clusters", "de leden vertegenwoordigen {0} verschillende clusters, {1} gevraagd."),
                    Map.entry("consortium.violation.onePerCluster", "twee van de leden horen bij dezelfde cluster."),
                    Map.entry("consortium.violation.size", "het telt {0} leden, hoogstens {1} gevraagd."),
                    Map.entry("consortium.tooLarge", "Geen team van hoogstens {0} leden dekt alle gevraagde competenties onder deze regels; het kleinste telt er {1}."),
                    Map.entry("consortium.none", "Geen team van hoogstens {0} leden voldoet aan al deze regels samen."),
                    Map.entry("consortium.team", "{0} leden uit {1} landen, die {2} clusters vertegenwoordigen, dekken de {3} gevraagde competenties."),
                    Map.entry("consortium.member", "Dekt {0}. Uit {1}, lid van {2} clusters; past voor {3}/100.")));

    private Sentences() {
    }

    /** The first of the reader's languages that sentences are written in, else English. */
    public static String language(List<Locale> acceptable) {
        return acceptable.stream().map(Locale::getLanguage).filter(LANGUAGES::contains).findFirst().orElse("en");
    }

    /** The sentences written in a language, by key. */
    static java.util.Set<String> keys(String language) {
        return TEMPLATES.get(language).keySet();
    }

    public static String write(Message message, String language) {
        String text = TEMPLATES.getOrDefault(language, TEMPLATES.get("en")).get(message.key());
        if (text == null) {
            throw new IllegalStateException("no sentence for " + message.key());
        }
        List<Object> args = message.args();
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", value(args.get(i), language));
        }
        return text;
    }

    public static String write(List<Message> messages, String language) {
        return messages.stream().map(message -> write(message, language)).collect(Collectors.joining(" "));
    }

    private static String value(Object value, String language) {
        if (value instanceof Assessor.Labels labels) {
            return labels.ids().stream().map(id -> "“" + Competences.label(id, language) + "”")
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
