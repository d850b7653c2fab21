package eu.viaduc.members.alliance.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;


import eu.viaduc.platform.problem.ProblemException;

/** A partnership of clusters across countries, with the period of its common programme. */
@Entity
public class Alliance {

    @Id
    private UUID id;
    private String name;
    @Column(name = "programme_start")
    private LocalDate programmeStart;
    @Column(name = "programme_end")
    private LocalDate programmeEnd;
    @ElementCollection
    @CollectionTable(name = "alliance_cluster", joinColumns = @JoinColumn(name = "alliance_id"))
    @Column(name = "cluster_id")
    private Set<UUID> clusters = new LinkedHashSet<>();
    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    protected Alliance() {
        // for JPA
    }

    public static Alliance form(String name, LocalDate programmeStart, LocalDate programmeEnd) {
        if (programmeEnd.isBefore(programmeStart)) {
            throw ProblemException.invalid("programmeEnd", "must not be before programmeStart");
        }
        Alliance alliance = new Alliance();
        alliance.id = UUID.randomUUID();
        alliance.name = name.strip();
        alliance.programmeStart = programmeStart;
        alliance.programmeEnd = programmeEnd;
        alliance.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        alliance.updatedAt = alliance.registeredAt;
        return alliance;
    }

    public void addCluster(UUID cluster) {
        if (!clusters.add(cluster)) {
            throw ProblemException.conflict("the cluster is in the alliance already");
        }
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void removeCluster(UUID cluster) {
        if (!clusters.remove(cluster)) {
            throw ProblemException.notFound("cluster in this alliance", cluster);
        }
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate programmeStart() {
        return programmeStart;
    }

    public LocalDate programmeEnd() {
        return programmeEnd;
    }

    public List<UUID> clusters() {
        return List.copyOf(clusters);
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
