package eu.viaduc.knowledge;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.testing.ServiceEndpointsContract;

@QuarkusTest
class ServiceEndpointsTest extends ServiceEndpointsContract {
}
