package eu.viaduc.platform.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import eu.viaduc.platform.database.SqlTimes;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.Roles;

/**
 * For the platform's operators, on each service's own port (the gateway does not route {@code /ops}):
 * the outbox's backlog and the events set aside, to retry once the cause is fixed or to discard.
 * Each action is logged with who did it.
 */
@Path("/ops/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class OutboxOperationsResource {

    private static final Logger LOG = Logger.getLogger(OutboxOperationsResource.class);

    private final EntityManager entityManager;
    private final OutboxRelay relay;
    private final Caller caller;

    @Inject
    public OutboxOperationsResource(EntityManager entityManager, OutboxRelay relay, Caller caller) {
        this.entityManager = entityManager;
        this.relay = relay;
        this.caller = caller;
    }

    @GET
    @Operation(hidden = true)
    @Transactional
    public OutboxState state() {
        Object[] backlog = (Object[]) entityManager.createNativeQuery("""
                select count(*), min(occurred_at) from outbox_event where published_at is null and set_aside_at is null""")
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, position, topic, type, subject, attempts, last_error, set_aside_at from outbox_event
                where set_aside_at is not null and published_at is null order by position""").getResultList();
        return new OutboxState(((Number) backlog[0]).longValue(), SqlTimes.toOffsetDateTime(backlog[1]), rows.stream()
                .map(row -> new SetAside((UUID) row[0], ((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                        (String) row[4], ((Number) row[5]).intValue(), (String) row[6], SqlTimes.toOffsetDateTime(row[7])))
                .toList());
    }

    /** The cause is fixed: the event goes out again, then its aggregate's later events. */
    @POST
    @Path("set-aside/{id}/retry")
    @Operation(hidden = true)
    @Transactional
    public void retry(@PathParam("id") UUID id) {
        require(entityManager.createNativeQuery(
                "update outbox_event set set_aside_at = null, attempts = 0 where id = ?1 and set_aside_at is not null")
                .setParameter(1, id).executeUpdate(), id);
        LOG.infof("operator %s retries outbox event %s", caller.id(), id);
        relay.wake();
    }

    /** The event is given up for good; its aggregate's later events go out. */
    @DELETE
    @Path("set-aside/{id}")
    @Operation(hidden = true)
    @Transactional
    public void discard(@PathParam("id") UUID id) {
        require(entityManager.createNativeQuery("delete from outbox_event where id = ?1 and set_aside_at is not null")
                .setParameter(1, id).executeUpdate(), id);
        LOG.warnf("operator %s discarded outbox event %s", caller.id(), id);
        relay.wake();
    }

    private static void require(int changed, UUID id) {
        if (changed == 0) {
            throw ProblemException.notFound("event set aside", id);
        }
    }

    /** Events waiting to go out, the age of the oldest, and those set aside. */
    public record OutboxState(long backlog, OffsetDateTime oldestUnpublishedAt, List<SetAside> setAside) {
    }

    public record SetAside(UUID id, long position, String topic, String type, String subject, int attempts,
            String reason, OffsetDateTime setAsideAt) {
    }
}
