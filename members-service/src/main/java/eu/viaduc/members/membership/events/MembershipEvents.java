package eu.viaduc.members.membership.events;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.members.membership.model.Membership;
import eu.viaduc.members.membership.model.MembershipStatus;
import eu.viaduc.platform.outbox.Outbox;

/** Membership events, keyed by membership id; each carries the whole membership. */
@ApplicationScoped
public class MembershipEvents {

    public static final String TOPIC = "viaduc.members.memberships";
    public static final String REQUESTED_V1 = "eu.viaduc.members.membership.requested.v1";
    public static final String ACTIVATED_V1 = "eu.viaduc.members.membership.activated.v1";
    public static final String REFUSED_V1 = "eu.viaduc.members.membership.refused.v1";
    public static final String ENDED_V1 = "eu.viaduc.members.membership.ended.v1";

    private static final Map<MembershipStatus, String> TYPE_BY_STATUS = Map.of(
            MembershipStatus.PENDING, REQUESTED_V1,
            MembershipStatus.ACTIVE, ACTIVATED_V1,
            MembershipStatus.REFUSED, REFUSED_V1,
            MembershipStatus.ENDED, ENDED_V1);

    private final Outbox outbox;

    @Inject
    public MembershipEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The event of the membership's new status; call after the change is flushed. */
    public void changed(Membership membership) {
        outbox.append(TOPIC, TYPE_BY_STATUS.get(membership.status()), membership.id().toString(),
                new Snapshot(membership.id(), membership.organisationId(), membership.clusterId(),
                        membership.status().name(), membership.version(), membership.requestedAt(),
                        membership.changedAt()));
    }

    /** Data of every membership event type; see their JSON Schemas in event-contracts. */
    public record Snapshot(UUID membershipId, UUID organisationId, UUID clusterId, String status, long version,
            OffsetDateTime requestedAt, OffsetDateTime changedAt) {
    }
}
