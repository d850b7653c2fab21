package eu.viaduc.webhooks;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.testing.ServiceEndpointsContract;

@QuarkusTest
class ServiceEndpointsTest extends ServiceEndpointsContract {
}
