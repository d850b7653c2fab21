package eu.viaduc.platform.affiliation;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;

import eu.viaduc.platform.deadletter.ConsumedTopic;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.Inbox;

/**
 * Feeds {@link AffiliationReadModel} from the topic {@value #TOPIC}. A service turns it on with
 * {@code viaduc.affiliations.read-model=enabled}, the channel {@value #CHANNEL} in its configuration and
 * the migration location {@code db/affiliation-read-model} (see the README).
 */
@ApplicationScoped
@IfBuildProperty(name = "viaduc.affiliations.read-model", stringValue = "enabled")
public class MembersAffiliationConsumer implements ConsumedTopic {

    public static final String TOPIC = "viaduc.members.affiliations";
    public static final String CHANNEL = "members-affiliations";

    private final Inbox inbox;
    private final AffiliationReadModel readModel;

    @Inject
    public MembersAffiliationConsumer(Inbox inbox, AffiliationReadModel readModel) {
        this.inbox = inbox;
        this.readModel = readModel;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<String, EventHandler> handlers() {
        return readModel.handlers();
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, readModel.handlers());
    }
}
