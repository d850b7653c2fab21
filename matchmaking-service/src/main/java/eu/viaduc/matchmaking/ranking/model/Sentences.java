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
                    Map.entry("improve.review", "Review your profile: it was last changed {0} days ago.")),
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
                    Map.entry("improve.review", "Revoyez votre profil : sa dernière modification date de {0} jours.")),
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
                    Map.entry("improve.review", "Herzie uw profiel: het is {0} dagen geleden voor het laatst gewijzigd.")));

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
