package eu.viaduc.members.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.members.MembersApi;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.organisation.model.OrganisationType;
import eu.viaduc.members.search.service.OrganisationFilter;
import eu.viaduc.members.search.service.OrganisationSearch;
import eu.viaduc.members.search.service.OrganisationTextIndex;
import eu.viaduc.members.search.service.SearchOrder;
import eu.viaduc.platform.rest.Page;
import eu.viaduc.testing.TestTokens;

/**
 * A one-word search by relevance is answered by the in-process text index: the same organisations, in the
 * same order and with the same total as PostgreSQL's ts_rank gives, and every change committed before the
 * search is in it. The word is made up for the test, so other tests' organisations never match it.
 */
@QuarkusTest
class OrganisationTextIndexTest {

    @Inject
    OrganisationSearch search;
    @Inject
    OrganisationTextIndex index;

    private final String word = madeUpWord();
    private final String owner = TestTokens.person();

    @Test
    void rankedAsPostgresqlRanksAndFilteredByTheOrganisationsOwnColumns() {
        UUID inName = organisation(word + " Fabrics", "SME", "FR", "FRK26", "13.20", "weaving", List.of(), "Plain cotton.");
        UUID inKeywords = organisation("Atelier Keyword", "SME", "FR", "FRE11", "C14", "garment-manufacturing",
                List.of(word), "Shirts.");
        UUID twiceInText = organisation("Zeta Twice", "MICRO", "FR", "FRK26", "13.20", "weaving", List.of(),
                "Woven " + word + " and knitted " + word + ".");
        UUID onceAlpha = organisation("Alpha Once", "SME", "BE", "BE234", "C20", "technical-textiles", List.of(),
                "Coatings for " + word + ".");
        UUID onceBeta = organisation("Beta Once", "LARGE", "BE", "BE234", "72", "textile-testing", List.of(),
                "Testing of " + word + " in a laboratory.");
        organisation("Gamma Without", "SME", "FR", "FRK26", "13.20", "weaving", List.of(), "Nothing of the kind.");

        OrganisationFilter byWord = filter(word, null, null, null, null, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> index.find(List.of(word), byWord, 0, 10).isPresent());

        Page<Organisation> page = search.find(byWord, SearchOrder.RELEVANCE, 0, 10);
        assertThat(ids(page)).containsExactly(inName, inKeywords, twiceInText, onceAlpha, onceBeta);
        assertThat(page.total()).isEqualTo(5);
        assertAnsweredAsTheDatabaseAnswers(byWord, 0, 10);
        assertAnsweredAsTheDatabaseAnswers(byWord, 1, 2);
        assertAnsweredAsTheDatabaseAnswers(byWord, 5, 2);

        assertThat(ids(search.find(filter(word, "BE", null, null, null, null), SearchOrder.RELEVANCE, 0, 10)))
                .containsExactly(onceAlpha, onceBeta);
        assertThat(ids(search.find(filter(word, null, OrganisationType.LARGE, null, null, null), SearchOrder.RELEVANCE, 0, 10)))
                .containsExactly(onceBeta);
        assertThat(ids(search.find(filter(word, null, null, "FRK", null, null), SearchOrder.RELEVANCE, 0, 10)))
                .containsExactly(inName, twiceInText);
        assertThat(ids(search.find(filter(word, null, null, null, "13", null), SearchOrder.RELEVANCE, 0, 10)))
                .containsExactly(inName, twiceInText);
        assertThat(ids(search.find(filter(word, null, null, null, "C", null), SearchOrder.RELEVANCE, 0, 10)))
                .containsExactly(inName, inKeywords, twiceInText, onceAlpha);
        assertThat(ids(search.find(filter(word, null, null, null, null, "textile-testing"), SearchOrder.RELEVANCE, 0, 10)))
                .containsExactly(onceBeta);
        for (OrganisationFilter filter : List.of(filter(word, "BE", null, null, null, null),
                filter(word, "FR", OrganisationType.SME, "FR", "C", "weaving"), filter(word, null, null, null, "72", null))) {
            assertAnsweredAsTheDatabaseAnswers(filter, 0, 10);
        }
    }

    @Test
    void everyChangeCommittedBeforeASearchIsInIt() {
        UUID renamed = organisation("Beta Renamed Later", "SME", "FR", "FRK26", "13.20", "weaving", List.of(),
                "Dyed " + word + ".");
        UUID deleted = organisation(word + " Deleted Later", "SME", "FR", "FRK26", "13.20", "weaving", List.of(), "Silk.");
        OrganisationFilter byWord = filter(word, null, null, null, null, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> index.find(List.of(word), byWord, 0, 10).isPresent());
        assertThat(ids(search.find(byWord, SearchOrder.RELEVANCE, 0, 10))).containsExactly(deleted, renamed);

        UUID registered = organisation("Newcomer", "SME", "FR", "FRK26", "13.20", "weaving", List.of(word), "Linen.");
        assertThat(ids(search.find(byWord, SearchOrder.RELEVANCE, 0, 10))).containsExactly(deleted, registered, renamed);

        given().auth().oauth2(owner).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(profile(word + " Beta", "SME", "FR", "FRK26", "13.20", "weaving", List.of(), "Dyed."))
                .when().put("/api/v1/organisations/" + renamed).then().statusCode(200);
        given().auth().oauth2(owner).header("If-Match", "\"0\"").when().delete("/api/v1/organisations/" + deleted)
                .then().statusCode(204);

        Page<Organisation> page = search.find(byWord, SearchOrder.RELEVANCE, 0, 10);
        assertThat(ids(page)).containsExactly(renamed, registered);
        assertThat(page.total()).isEqualTo(2);
        assertAnsweredAsTheDatabaseAnswers(byWord, 0, 10);
    }

    @Test
    void aWordOfSeveralFormsRanksAsTsRankDoesTiesIncluded() {
        // in an English text the word is stored as written and stemmed (two lexemes, weight C): as much of
        // ts_rank as the word once in the keywords (one lexeme, weight B), so the two tie and go by name
        String formed = "zq" + madeUpWord().substring(2, 6).replaceAll("(.)(.)", "a$1o$2") + "ations";
        UUID inText = organisation("Tie Alpha", "SME", "FR", "FRK26", "13.20", "weaving", List.of(),
                "We print " + formed + " for fashion.");
        UUID inKeywords = organisation("Tie Beta", "SME", "FR", "FRK26", "13.20", "weaving", List.of(formed), "Silk.");
        UUID inName = organisation(formed + " House", "SME", "FR", "FRK26", "13.20", "weaving", List.of(), "Wool.");
        UUID twiceInText = organisation("Tie Gamma", "SME", "FR", "FRK26", "13.20", "weaving", List.of(),
                "Printed " + formed + ", woven " + formed + ".");
        OrganisationFilter byWord = filter(formed, null, null, null, null, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> index.find(List.of(formed), byWord, 0, 10).isPresent());

        assertThat(ids(search.find(byWord, SearchOrder.RELEVANCE, 0, 10)))
                .containsExactly(inName, twiceInText, inText, inKeywords);
        assertAnsweredAsTheDatabaseAnswers(byWord, 0, 10);
    }

    private void assertAnsweredAsTheDatabaseAnswers(OrganisationFilter filter, int page, int size) {
        OrganisationFilter asked = filter;
        assertThat(index.find(List.of(word), asked, (long) page * size, size)).isPresent();
        Page<Organisation> byIndex = search.find(asked, SearchOrder.RELEVANCE, page, size);
        Page<Organisation> byDatabase = search.findInDatabase(asked, SearchOrder.RELEVANCE, page, size);
        assertThat(ids(byIndex)).isEqualTo(ids(byDatabase));
        assertThat(byIndex.total()).isEqualTo(byDatabase.total());
    }

    private static OrganisationFilter filter(String text, String country, OrganisationType type, String nuts, String nace,
            String competence) {
        return new OrganisationFilter(country, nuts, type, nace, competence, null, null, null, text, null);
    }

    private static List<UUID> ids(Page<Organisation> page) {
        return page.items().stream().map(Organisation::id).toList();
    }

    private UUID organisation(String name, String type, String country, String nuts, String nace, String competence,
            List<String> keywords, String description) {
        return MembersApi.organisation(owner, profile(name, type, country, nuts, nace, competence, keywords, description));
    }

    private static Map<String, Object> profile(String name, String type, String country, String nuts, String nace,
            String competence, List<String> keywords, String description) {
        Map<String, Object> profile = MembersApi.classifiedProfile(name, type, country, nuts, nace, competence);
        profile.put("keywords", keywords);
        profile.put("descriptions", Map.of("en", description));
        return profile;
    }

    /** Letters no stemmer shortens: a word of the test's own. */
    private static String madeUpWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append("bdfgkmpt".charAt(random.nextInt(8)));
        }
        return word.toString();
    }
}
