package eu.viaduc.members.affiliation.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.members.affiliation.events.AffiliationEvents;
import eu.viaduc.members.affiliation.model.Affiliation;
import eu.viaduc.members.affiliation.model.Person;
import eu.viaduc.platform.database.SqlTimes;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.AffiliationScope;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * The one place affiliations change. Every change locks its list first (so "an organisation keeps at
 * least one ADMIN" holds under concurrent changes), then publishes the whole new list with the next
 * version. Who may ask for a change is decided by the callers; this class keeps the list's own rules.
 */
@ApplicationScoped
public class Roster {

    private final EntityManager entityManager;
    private final AffiliationEvents events;

    @Inject
    public Roster(EntityManager entityManager, AffiliationEvents events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(AffiliationScope scope, UUID target, Person person, String role) {
        lock(scope, target);
        if (find(target, person.subject()).isPresent()) {
            throw ProblemException.conflict("the person is affiliated already");
        }
        entityManager.createNativeQuery("""
                insert into affiliation (target_id, scope, subject, role, display_name, email, affiliated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, target).setParameter(2, scope.name()).setParameter(3, person.subject())
                .setParameter(4, role).setParameter(5, person.displayName()).setParameter(6, person.email())
                .setParameter(7, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        publish(scope, target);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changeRole(UUID organisation, String subject, OrganisationRole role) {
        lock(AffiliationScope.ORGANISATION, organisation);
        Affiliation current = require(organisation, subject);
        if (current.role().equals(role.name())) {
            return;
        }
        if (role != OrganisationRole.ADMIN) {
            requireAnotherAdmin(organisation, current);
        }
        entityManager.createNativeQuery("update affiliation set role = ?1 where target_id = ?2 and subject = ?3")
                .setParameter(1, role.name()).setParameter(2, organisation).setParameter(3, subject).executeUpdate();
        publish(AffiliationScope.ORGANISATION, organisation);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(AffiliationScope scope, UUID target, String subject) {
        lock(scope, target);
        Affiliation current = require(target, subject);
        if (scope == AffiliationScope.ORGANISATION) {
            requireAnotherAdmin(target, current);
        }
        delete(target, subject);
        publish(scope, target);
    }

    /** The organisation is erased or deleted: nobody acts for it any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear(AffiliationScope scope, UUID target) {
        lock(scope, target);
        if (!list(target).isEmpty()) {
            entityManager.createNativeQuery("delete from affiliation where target_id = ?1").setParameter(1, target)
                    .executeUpdate();
            publish(scope, target);
        }
    }

    /** The people of an organisation (ADMINs first) or the managers of a cluster or alliance, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Affiliation> list(UUID target) {
        return select("where target_id = ?1 order by role, display_name, subject", target);
    }

    /** Every affiliation of one person. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Affiliation> of(String subject) {
        return select("where subject = ?1 order by scope, affiliated_at", subject);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Affiliation> find(UUID target, String subject) {
        return list(target).stream().filter(affiliation -> affiliation.subject().equals(subject)).findFirst();
    }

    /** Whether someone affiliated to the target has this e-mail address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasEmail(UUID target, String email) {
        return list(target).stream().anyMatch(affiliation -> email.equalsIgnoreCase(affiliation.email()));
    }

    private Affiliation require(UUID target, String subject) {
        return find(target, subject).orElseThrow(() -> ProblemException.notFound("affiliated person", subject));
    }

    private void requireAnotherAdmin(UUID organisation, Affiliation leaving) {
        boolean otherAdmin = list(organisation).stream()
                .anyMatch(person -> person.role().equals(OrganisationRole.ADMIN.name()) && !person.subject().equals(leaving.subject()));
        if (leaving.role().equals(OrganisationRole.ADMIN.name()) && !otherAdmin) {
            throw ProblemException.conflict("an organisation keeps at least one ADMIN: appoint another ADMIN first");
        }
    }

    private void delete(UUID target, String subject) {
        entityManager.createNativeQuery("delete from affiliation where target_id = ?1 and subject = ?2")
                .setParameter(1, target).setParameter(2, subject).executeUpdate();
    }

    /** Locks the list (creating its version row the first time); held until the transaction ends. */
    private void lock(AffiliationScope scope, UUID target) {
        entityManager.createNativeQuery("""
                insert into affiliation_version (target_id, scope, version) values (?1, ?2, 0)
                on conflict (target_id) do nothing""")
                .setParameter(1, target).setParameter(2, scope.name()).executeUpdate();
        entityManager.createNativeQuery("select version from affiliation_version where target_id = ?1 for update")
                .setParameter(1, target).getSingleResult();
    }

    private void publish(AffiliationScope scope, UUID target) {
        long version = ((Number) entityManager.createNativeQuery(
                "update affiliation_version set version = version + 1 where target_id = ?1 returning version")
                .setParameter(1, target).getSingleResult()).longValue();
        events.changed(scope, target, version, list(target));
    }

    private List<Affiliation> select(String where, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select scope, target_id, subject, role, display_name, email, affiliated_at from affiliation " + where)
                .setParameter(1, parameter).getResultList();
        return rows.stream().map(row -> new Affiliation(AffiliationScope.valueOf((String) row[0]), (UUID) row[1],
                (String) row[2], (String) row[3], (String) row[4], (String) row[5], SqlTimes.toOffsetDateTime(row[6]))).toList();
    }

}
