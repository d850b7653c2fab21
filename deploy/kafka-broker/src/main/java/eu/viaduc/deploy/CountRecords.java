package eu.viaduc.deploy;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Prints how many records a topic has received (the sum of its partitions' end offsets), 0 for a
 * topic that does not exist. Usage: {@code CountRecords <bootstrap> <topic>}
 */
public final class CountRecords {

    private CountRecords() {
    }

    public static void main(String[] args) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(args[1])) {
                System.out.println(0);
                return;
            }
            var partitions = admin.describeTopics(java.util.List.of(args[1])).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(args[1]).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(args[1], p.partition()), p -> OffsetSpec.latest()));
            long total = admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset()).sum();
            System.out.println(total);
        }
    }
}
