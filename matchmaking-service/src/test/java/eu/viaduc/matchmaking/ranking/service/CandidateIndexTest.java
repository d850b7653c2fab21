package eu.viaduc.matchmaking.ranking.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.matchmaking.ranking.model.Offer;

/**
 * The in-memory index answers as the read model in PostgreSQL does: a profile added, changed or removed, a
 * membership begun, its offers' words changed, are seen by the next question, and so is a change whose transaction was still running
 * when the index last looked and committed afterwards (the case a change counter would miss). Two transactions
 * changing one organisation (its profile and its memberships, from two consumers) do not wait for each other.
 */
@QuarkusTest
class CandidateIndexTest {

    private static final UUID ORGANISATION = UUID.nameUUIDFromBytes("index-test-organisation".getBytes());
    private static final UUID CLUSTER = UUID.nameUUIDFromBytes("index-test-cluster".getBytes());
    private static final UUID MEMBERSHIP = UUID.nameUUIDFromBytes("index-test-membership".getBytes());

    @Inject
    CandidateIndex index;

    @Inject
    DataSource dataSource;


    @AfterEach
    void removeTheOrganisation() throws SQLException {
        sql("delete from member_membership where id = ?", MEMBERSHIP);
        sql("delete from organisation_profile where id = ?", ORGANISATION);
    }

    @Test
    void aProfileAddedChangedJoinedAndRemovedIsSeenByTheNextQuestion() throws SQLException {
        assertThat(found("index-key-old")).isEmpty();
        insertProfile(dataSource.getConnection(), "index-key-old", true);
        assertThat(found("index-key-old")).singleElement().satisfies(offer -> {
            assertThat(offer.name()).isEqualTo("Index test organisation");
            assertThat(offer.clusters()).isEmpty();
            // its offers' words, stemmed, shared with the need's words
            assertThat(offer.text().sharedWords()).containsExactly("knit");
        });
        assertThat(sharedWordsCounted("index-key-old")).as("as scoring counts them").isEqualTo(1);
        sql("update organisation_profile set offers = '{\"en\": \"We weave cloth\"}'::jsonb where id = ?", ORGANISATION);
        assertThat(sharedWordsCounted("index-key-old")).as("its words changed: knitting is no longer one").isZero();
        sql("update organisation_profile set offers = '{\"en\": \"We knit and weave\"}'::jsonb where id = ?", ORGANISATION);
        assertThat(sharedWordsCounted("index-key-old")).isEqualTo(1);

        sql("update organisation_profile set competences = '{index-key-new}', competence_keys = '{index-key-new}' where id = ?",
                ORGANISATION);
        assertThat(found("index-key-old")).isEmpty();
        assertThat(found("index-key-new")).extracting(Offer::competences).containsExactly(List.of("index-key-new"));

        sql("insert into member_membership (id, organisation_id, cluster_id, status, version) values (?, ?, ?, 'ACTIVE', 1)",
                MEMBERSHIP, ORGANISATION, CLUSTER);
        assertThat(found("index-key-new")).singleElement().satisfies(offer -> assertThat(offer.clusters()).containsExactly(CLUSTER));
        sql("update member_membership set status = 'ENDED' where id = ?", MEMBERSHIP);
        assertThat(found("index-key-new")).singleElement().satisfies(offer -> assertThat(offer.clusters()).isEmpty());

        sql("delete from organisation_profile where id = ?", ORGANISATION);
        assertThat(found("index-key-new")).isEmpty();
    }

    @Test
    void aChangeCommittedAfterTheIndexLookedIsSeenAllTheSame() throws SQLException {
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            insertProfile(slow, "index-key-slow", false);
            // the index looks while the transaction runs: it cannot see the row, and must look for it again
            assertThat(found("index-key-slow")).isEmpty();
            slow.commit();
            slow.setAutoCommit(true);
        }
        assertThat(found("index-key-slow")).extracting(Offer::id).containsExactly(ORGANISATION);
    }

    @Test
    void twoTransactionsChangingOneOrganisationDoNotWaitForEachOtherAndBothAreSeen() throws SQLException {
        insertProfile(dataSource.getConnection(), "index-key-both", true);
        assertThat(found("index-key-both")).singleElement().satisfies(offer -> assertThat(offer.clusters()).isEmpty());
        try (Connection profiles = dataSource.getConnection(); Connection memberships = dataSource.getConnection()) {
            profiles.setAutoCommit(false);
            memberships.setAutoCommit(false);
            // as the consumers of organisations and of memberships do during an import: the profile's
            // transaction starts first (the lower transaction id) and commits last
            update(profiles, "update organisation_profile set name = 'Renamed' where id = ?", ORGANISATION);
            update(memberships, "set local lock_timeout = '2s'");
            update(memberships, "insert into member_membership (id, organisation_id, cluster_id, status, version) "
                    + "values (?, ?, ?, 'ACTIVE', 1)", MEMBERSHIP, ORGANISATION, CLUSTER);
            memberships.commit();
            // the index looks between the two commits: it sees the membership, not yet the new name
            assertThat(found("index-key-both")).singleElement().satisfies(offer -> {
                assertThat(offer.name()).isEqualTo("Index test organisation");
                assertThat(offer.clusters()).containsExactly(CLUSTER);
            });
            profiles.commit();
        }
        assertThat(found("index-key-both")).singleElement().satisfies(offer -> {
            assertThat(offer.name()).isEqualTo("Renamed");
            assertThat(offer.clusters()).containsExactly(CLUSTER);
        });
    }

    private List<Offer> found(String key) {
        index.catchUp();
        return index.candidates(Set.of(key), null, List.of("knit", "other")).offers();
    }

    private int sharedWordsCounted(String key) {
        index.catchUp();
        CandidateIndex.Candidates candidates = index.candidates(Set.of(key), null, List.of("knit", "other"));
        assertThat(candidates.size()).isEqualTo(1);
        return candidates.sharedWords(0);
    }

    private static void insertProfile(Connection connection, String key, boolean close) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into organisation_profile (id, name, type, country, competences, competence_keys, registered_at,
                    version, changed_at, offers)
                values (?, 'Index test organisation', 'SME', 'BE', array[?], array[?], now(), 1, now(),
                    '{"en": "We knit jerseys"}'::jsonb)""")) {
            statement.setObject(1, ORGANISATION);
            statement.setString(2, key);
            statement.setString(3, key);
            statement.executeUpdate();
        } finally {
            if (close) {
                connection.close();
            }
        }
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            update(connection, statement, parameters);
        }
    }

    private static void update(Connection connection, String statement, Object... parameters) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            prepared.executeUpdate();
        }
    }
}
