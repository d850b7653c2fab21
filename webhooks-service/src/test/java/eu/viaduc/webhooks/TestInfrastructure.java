package eu.viaduc.webhooks;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import eu.viaduc.testing.KafkaTestResource;
import eu.viaduc.testing.PostgresTestDatabase;

/** Real servers for every test of this module: PostgreSQL, a Kafka broker, an OIDC provider. */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "viaduc_webhooks_test"))
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
