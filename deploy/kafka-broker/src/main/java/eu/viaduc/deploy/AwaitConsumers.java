package eu.viaduc.deploy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until every consumer group reading these topics has committed up to their end: each service has
 * applied every record written to them so far. A group counts for a topic once it has committed on one of its
 * partitions; a partition it has not committed on then counts from the beginning. Exits 0 once nothing is
 * left, 1 after the timeout with what is left printed. Usage:
 * {@code AwaitConsumers <bootstrap> <timeout seconds> <topic>...}
 */
public final class AwaitConsumers {

    private AwaitConsumers() {
    }

    public static void main(String[] args) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[1])).toNanos();
        Set<String> topics = Set.copyOf(List.of(args).subList(2, args.length));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            Map<String, Long> behind = behind(admin, topics);
            while (!behind.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    System.out.println("still to apply, by consumer group: " + behind);
                    System.exit(1);
                }
                Thread.sleep(500);
                behind = behind(admin, topics);
            }
        }
    }

    /** Records not yet committed, by group; only groups with some left. */
    private static Map<String, Long> behind(Admin admin, Set<String> topics) throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values()
                .stream().flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .toList();
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(partitions.stream().collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                .all().get(30, TimeUnit.SECONDS).forEach((partition, info) -> ends.put(partition, info.offset()));
        Map<String, Long> behind = new HashMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Set<String> read = committed.keySet().stream().map(TopicPartition::topic).filter(topics::contains)
                    .collect(Collectors.toSet());
            long left = partitions.stream().filter(partition -> read.contains(partition.topic()))
                    .mapToLong(partition -> {
                        OffsetAndMetadata offset = committed.get(partition);
                        return ends.get(partition) - (offset == null ? 0 : offset.offset());
                    })
                    .sum();
            if (left > 0) {
                behind.put(group.groupId(), left);
            }
        }
        return behind;
    }
}
