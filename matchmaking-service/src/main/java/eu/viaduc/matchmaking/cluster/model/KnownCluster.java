package eu.viaduc.matchmaking.cluster.model;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A cluster as members-service last published it (read model): enough to name it. */
@Entity
@Table(name = "member_cluster")
public class KnownCluster {

    @Id
    private UUID id;
    private String name;
    private String acronym;
    private String country;
    private String platform;
    private long version;

    protected KnownCluster() {
    }

    public KnownCluster(UUID id) {
        this.id = id;
        this.version = -1;
    }

    /** Applies a newer version; an older or repeated one changes nothing (false). */
    public boolean apply(long version, String name, String acronym, String country, String platform) {
        if (version <= this.version) {
            return false;
        }
        this.version = version;
        this.name = name;
        this.acronym = acronym;
        this.country = country;
        this.platform = platform;
        return true;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }
}
