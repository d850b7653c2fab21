package eu.viaduc.members.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.members.MembersApi;
import eu.viaduc.platform.outbox.Outbox;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.testing.KafkaBroker;
import eu.viaduc.testing.TopicProbe;

/**
 * One event the broker refuses (larger than its topic allows: 20 kB here, above the producer's 16 kB
 * batches as the broker's default 1 MB is) is set aside with the reason: the
 * other aggregates keep flowing, the same aggregate's later events wait behind it, and once an
 * operator has fixed the cause and retried it, it goes out, followed by the ones that waited.
 */
@QuarkusTest
class OutboxSetAsideTest {

    private static final String SEQUENCE_TYPE = "eu.viaduc.test.sequence.v1";

    @Inject
    Outbox outbox;
    @Inject
    EntityManager entityManager;

    @Test
    void anEventTheBrokerRefusesIsSetAsideOthersFlowAndAnOperatorRetriesItOnceFixed() throws Exception {
        String smallTopic = "viaduc.test.small-records-" + UUID.randomUUID();
        String otherTopic = "viaduc.test.other-records-" + UUID.randomUUID();
        try (Admin admin = Admin.create(adminConfig())) {
            admin.createTopics(List.of(new NewTopic(smallTopic, 1, (short) 1).configs(Map.of("max.message.bytes", "20000")),
                    new NewTopic(otherTopic, 1, (short) 1))).all().get();

            String stuck = UUID.randomUUID().toString();
            String flowing = UUID.randomUUID().toString();
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.append(smallTopic, SEQUENCE_TYPE, stuck, Map.of("sequence", 1, "padding", "x".repeat(30_000)));
                outbox.append(smallTopic, SEQUENCE_TYPE, stuck, Map.of("sequence", 2));
                outbox.append(otherTopic, SEQUENCE_TYPE, flowing, Map.of("sequence", 1));
            });

            try (TopicProbe other = TopicProbe.reading(otherTopic); TopicProbe small = TopicProbe.reading(smallTopic)) {
                other.awaitRecord(r -> flowing.equals(r.key()), Duration.ofSeconds(30));
                Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MembersApi.ADMIN)
                        .when().get("/ops/outbox").then().statusCode(200)
                        .body("setAside.find { it.subject == '" + stuck + "' }.reason", containsString("RecordTooLarge")));
                given().when().get("/q/health/ready").then().body("checks.find { it.name == 'outbox' }.data.setAside",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1));
                // the later event of the same aggregate waits behind it
                assertThat(small.readToEnd()).noneMatch(r -> stuck.equals(r.key()));
                String id = given().auth().oauth2(MembersApi.ADMIN).when().get("/ops/outbox").then()
                        .extract().path("setAside.find { it.subject == '" + stuck + "' }.id");

                given().when().post("/ops/outbox/set-aside/" + id + "/retry").then().statusCode(401);
                admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, smallTopic),
                        List.of(new AlterConfigOp(new ConfigEntry("max.message.bytes", "1048576"), AlterConfigOp.OpType.SET))))
                        .all().get();
                given().auth().oauth2(MembersApi.ADMIN).when().post("/ops/outbox/set-aside/" + id + "/retry")
                        .then().statusCode(204);

                List<ConsumerRecord<String, String>> arrived = small.awaitRecords(r -> stuck.equals(r.key()), 2,
                        Duration.ofSeconds(30));
                assertThat(arrived).extracting(r -> r.value().contains("\"sequence\":1") || r.value().contains("\"sequence\": 1"))
                        .containsExactly(true, false);
                given().auth().oauth2(MembersApi.ADMIN).when().post("/ops/outbox/set-aside/" + id + "/retry")
                        .then().statusCode(404).body("status", equalTo(404));
            }
        }
    }

    @Test
    void aChangeWhoseEventWouldBeTooLargeIsRefusedAsTheCallersMistake() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.append("viaduc.test.too-large",
                SEQUENCE_TYPE, UUID.randomUUID().toString(), Map.of("sequence", 1, "padding", "x".repeat(1_000_000)))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(413);
                    assertThat(problem.getMessage()).contains("900000 bytes");
                });
    }

    private static Properties adminConfig() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers());
        return config;
    }
}
