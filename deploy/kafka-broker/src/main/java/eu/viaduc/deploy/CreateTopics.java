package eu.viaduc.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the platform's topics when they are missing; existing topics are left alone, so it
 * can run at every start. Usage: {@code CreateTopics <bootstrap> <topic>:<partitions>[:compact] ...}
 * <p>
 * A compacted topic keeps the latest record of every key for good (an entity topic: a read model
 * rebuilt from it gets every aggregate's latest state); a tombstone removes a key after a day.
 */
public final class CreateTopics {

    private CreateTopics() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CreateTopics <bootstrap-servers> <topic>:<partitions> ...");
            System.exit(2);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String[] topic = args[i].split(":");
                if (!existing.contains(topic[0])) {
                    NewTopic created = new NewTopic(topic[0], Integer.parseInt(topic[1]), (short) 1);
                    if (topic.length > 2 && "compact".equals(topic[2])) {
                        created.configs(Map.of("cleanup.policy", "compact", "delete.retention.ms", "86400000",
                                "min.compaction.lag.ms", "3600000"));
                    }
                    missing.add(created);
                }
            }
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            missing.forEach(topic -> System.out.println("created topic " + topic.name() + " (" + topic.numPartitions()
                    + " partitions" + (topic.configs() == null ? "" : ", compacted") + ")"));
        }
    }
}
