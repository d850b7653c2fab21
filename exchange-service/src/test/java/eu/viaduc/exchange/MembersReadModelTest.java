package eu.viaduc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.platform.members.MemberOrganisation;
import eu.viaduc.platform.members.MembersDirectory;
import eu.viaduc.testing.MembersWorld;
import eu.viaduc.testing.TopicProbe;

/**
 * platform-commons' members read model, as exchange-service keeps it, fed through the real broker by a
 * burst such as an import brings: each run of events is written in one statement, and still every
 * organisation and membership ends at its latest version, a late older one changes nothing, and a
 * deleted organisation does not come back.
 */
@QuarkusTest
class MembersReadModelTest {

    private static final String REGISTERED = "eu.viaduc.members.organisation.registered.v2";
    private static final String UPDATED = "eu.viaduc.members.organisation.updated.v2";
    private static final String DELETED = "eu.viaduc.members.organisation.deleted.v1";
    private static final String ACTIVATED = "eu.viaduc.members.membership.activated.v1";
    private static final String ENDED = "eu.viaduc.members.membership.ended.v1";

    @Inject
    MembersDirectory directory;
    @Inject
    EntityManager entityManager;

    @Test
    void aBurstLeavesEachOrganisationAndMembershipAtItsLatestVersion() {
        UUID renamed = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        UUID membership = UUID.randomUUID();
        UUID cluster = UUID.randomUUID();
        // markers on the same partitions, sent last: once they are applied, so is everything before them
        UUID afterRenamed = TopicProbe.keyOnSamePartitionAs(renamed.toString());
        UUID afterDeleted = TopicProbe.keyOnSamePartitionAs(deleted.toString());
        UUID afterMembership = TopicProbe.keyOnSamePartitionAs(membership.toString());

        List<ProducerRecord<String, String>> burst = new ArrayList<>();
        burst.add(MembersWorld.organisationEvent(REGISTERED, renamed, 1, "First Name SL"));
        burst.add(MembersWorld.organisationEvent(UPDATED, renamed, 3, "Third Name SL"));
        burst.add(MembersWorld.organisationEvent(UPDATED, renamed, 2, "Overtaken Name SL"));
        burst.add(MembersWorld.organisationEvent(REGISTERED, deleted, 1, "Deleted SL"));
        burst.add(MembersWorld.organisationEvent(DELETED, deleted, 2, null));
        burst.add(MembersWorld.organisationEvent(UPDATED, deleted, 3, "Replayed Late SL"));
        burst.add(MembersWorld.membershipEvent(ACTIVATED, membership, renamed, cluster, "ACTIVE", 1));
        burst.add(MembersWorld.membershipEvent(ENDED, membership, renamed, cluster, "ENDED", 2));
        burst.add(MembersWorld.membershipEvent(ACTIVATED, membership, renamed, cluster, "ACTIVE", 1));
        burst.add(MembersWorld.organisationEvent(REGISTERED, afterRenamed, 1, "Marker One SL"));
        burst.add(MembersWorld.organisationEvent(REGISTERED, afterDeleted, 1, "Marker Two SL"));
        burst.add(MembersWorld.membershipEvent(ACTIVATED, afterMembership, afterRenamed, cluster, "ACTIVE", 1));
        TopicProbe.sendAll(burst);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> directory.organisation(afterRenamed).isPresent() && directory.organisation(afterDeleted).isPresent()
                        && statusOf(afterMembership).equals(List.of("ACTIVE"))));
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(directory.organisation(renamed)).map(MemberOrganisation::name).contains("Third Name SL");
            assertThat(directory.organisation(deleted)).isEmpty();
            assertThat(statusOf(membership)).containsExactly("ENDED");
            assertThat(directory.activeClustersOf(renamed)).isEmpty();
        });
    }

    private List<Object> statusOf(UUID membership) {
        return entityManager.createNativeQuery("select status from member_membership where id = ?1")
                .setParameter(1, membership).getResultList().stream().map(Object.class::cast).toList();
    }
}
