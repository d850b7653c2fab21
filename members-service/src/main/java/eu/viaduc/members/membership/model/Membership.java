package eu.viaduc.members.membership.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import eu.viaduc.platform.problem.ProblemException;

/** An organisation's membership of a cluster, approved by that cluster. */
@Entity
public class Membership {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "cluster_id")
    private UUID clusterId;
    @Enumerated(EnumType.STRING)
    private MembershipStatus status;
    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Column(name = "changed_by")
    private String changedBy;
    @Version
    private long version;

    protected Membership() {
        // for JPA
    }

    public static Membership request(UUID organisationId, UUID clusterId, String requestedBy) {
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.organisationId = organisationId;
        membership.clusterId = clusterId;
        membership.status = MembershipStatus.PENDING;
        membership.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        membership.requestedBy = requestedBy;
        membership.changedAt = membership.requestedAt;
        membership.changedBy = requestedBy;
        return membership;
    }

    public void approve(String by) {
        move(Set.of(MembershipStatus.PENDING), MembershipStatus.ACTIVE, by);
    }

    public void refuse(String by) {
        move(Set.of(MembershipStatus.PENDING), MembershipStatus.REFUSED, by);
    }

    /** Ends an active membership, or withdraws a pending request. */
    public void end(String by) {
        move(Set.of(MembershipStatus.PENDING, MembershipStatus.ACTIVE), MembershipStatus.ENDED, by);
    }

    private void move(Set<MembershipStatus> from, MembershipStatus to, String by) {
        if (!from.contains(status)) {
            throw ProblemException.conflict("a " + status + " membership cannot become " + to);
        }
        status = to;
        changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        changedBy = by;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID clusterId() {
        return clusterId;
    }

    public MembershipStatus status() {
        return status;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
