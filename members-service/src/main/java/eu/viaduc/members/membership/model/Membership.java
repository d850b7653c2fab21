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
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_by")
    private MembershipSide proposedBy;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Column(name = "changed_by")
    private String changedBy;
    @Version
    private long version;

    protected Membership() {
        // for JPA
    }

    /** A pending membership, proposed by one side, for the other to decide on. */
    public static Membership propose(UUID organisationId, UUID clusterId, MembershipSide proposedBy, String requestedBy) {
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.organisationId = organisationId;
        membership.clusterId = clusterId;
        membership.status = MembershipStatus.PENDING;
        membership.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        membership.requestedBy = requestedBy;
        membership.proposedBy = proposedBy;
        membership.changedAt = membership.requestedAt;
        membership.changedBy = requestedBy;
        return membership;
    }

    /**
     * A cluster's member file brought an organisation that was not on the map: the cluster's own
     * list is the only word about it, and nobody acts for it yet, so the membership starts active.
     */
    public static Membership ofNewOrganisation(UUID organisationId, UUID clusterId, String importedBy) {
        Membership membership = propose(organisationId, clusterId, MembershipSide.CLUSTER, importedBy);
        membership.status = MembershipStatus.ACTIVE;
        return membership;
    }

    /** The other side agrees. Nobody approves their own proposal, platform admins included. */
    public void approve(String by) {
        requireNotProposer(by);
        move(Set.of(MembershipStatus.PENDING), MembershipStatus.ACTIVE, by);
    }

    public void refuse(String by) {
        requireNotProposer(by);
        move(Set.of(MembershipStatus.PENDING), MembershipStatus.REFUSED, by);
    }

    /** Ends an active membership, or withdraws a pending request. */
    public void end(String by) {
        move(Set.of(MembershipStatus.PENDING, MembershipStatus.ACTIVE), MembershipStatus.ENDED, by);
    }

    public boolean isProposedBy(String person) {
        return person.equals(requestedBy);
    }

    private void requireNotProposer(String by) {
        if (isProposedBy(by)) {
            throw ProblemException.forbidden("nobody decides on their own proposal: the " + (proposedBy == MembershipSide.ORGANISATION
                    ? "cluster's managers decide" : "organisation's ADMINs decide"));
        }
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

    public MembershipSide proposedBy() {
        return proposedBy;
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
