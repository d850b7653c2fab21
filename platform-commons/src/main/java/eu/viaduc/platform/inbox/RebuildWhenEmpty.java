package eu.viaduc.platform.inbox;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * A read model rebuilds itself: when the service's database holds nothing from a topic (it was
 * created afresh, or dropped to be rebuilt), its consumer reads that topic again from the beginning,
 * whatever offsets its group had committed. The entity topics are compacted, so the beginning holds
 * the latest state of every aggregate. A channel turns it on with
 * {@code consumer-rebalance-listener.name=viaduc-rebuild-when-empty}.
 */
@ApplicationScoped
@Identifier("viaduc-rebuild-when-empty")
public class RebuildWhenEmpty implements KafkaConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(RebuildWhenEmpty.class);

    private final EntityManager entityManager;

    @Inject
    public RebuildWhenEmpty(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.stream().map(TopicPartition::topic).distinct().forEach(topic -> {
            // rows from before the inbox kept topics (topic null) count as known: no needless re-read
            boolean known = QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                    "select 1 from inbox_event where topic = ?1 or topic is null limit 1")
                    .setParameter(1, topic).getResultList().isEmpty());
            if (!known) {
                List<TopicPartition> ofTopic = partitions.stream().filter(partition -> partition.topic().equals(topic))
                        .toList();
                LOG.infof("nothing from %s in this database: reading it from the beginning to build the read model", topic);
                consumer.seekToBeginning(ofTopic);
            }
        });
    }
}
