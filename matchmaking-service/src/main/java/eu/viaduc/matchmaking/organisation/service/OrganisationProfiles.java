package eu.viaduc.matchmaking.organisation.service;

import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import eu.viaduc.matchmaking.organisation.model.OrganisationProfile;
import eu.viaduc.matchmaking.organisation.model.ProfileFacts;

/** Writes the organisation read model; runs inside the inbox's transaction. */
@ApplicationScoped
public class OrganisationProfiles {

    private final EntityManager entityManager;

    @Inject
    public OrganisationProfiles(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The organisation as matchmaking knows it, if an event has brought it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<OrganisationProfile> find(UUID id) {
        return java.util.Optional.ofNullable(entityManager.find(OrganisationProfile.class, id));
    }

    /**
     * Applies these profile changes in their order, each once: a newer version replaces the profile, an
     * older or repeated one changes nothing, a second registration fails. A change of an organisation this model does not know (its
     * registration, or an update whose registration was missed or while the model is rebuilt) adds it,
     * unless it was erased or deleted or the change does not say when it registered (updated.v1). An
     * import's run of events costs a few statements, not a few per event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<ProfileChange> changes) {
        Set<UUID> ids = changes.stream().map(ProfileChange::organisationId).collect(Collectors.toSet());
        Set<UUID> erased = erasedAmong(ids);
        Map<UUID, OrganisationProfile> known = entityManager
                .createQuery("from OrganisationProfile where id in :ids", OrganisationProfile.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(OrganisationProfile::id, profile -> profile));
        Map<String, Integer> supply = new HashMap<>();
        for (ProfileChange change : changes) {
            OrganisationProfile profile = known.get(change.organisationId());
            if (profile == null) {
                if (change.registeredAt() == null || erased.contains(change.organisationId())) {
                    continue;
                }
                profile = new OrganisationProfile(change.organisationId(), change.facts(), change.version(),
                        change.registeredAt(), change.changedAt());
                entityManager.persist(profile);
                known.put(profile.id(), profile);
            } else if (change.registration()) {
                // members registers an organisation once: a second registration under another event id
                // contradicts this model, and goes to the dead-letter topic for someone to look at
                throw new IllegalStateException("organisation " + change.organisationId() + " is registered already");
            } else if (profile.isOlderThan(change.version())) {
                profile.competenceKeys().forEach(key -> supply.merge(key, -1, Integer::sum));
                profile.replace(change.facts(), change.version(), change.changedAt());
            } else {
                continue;
            }
            profile.competenceKeys().forEach(key -> supply.merge(key, +1, Integer::sum));
        }
        supply.values().removeIf(change -> change == 0);
        changeSupply(supply);
    }

    /**
     * The organisation was erased on request (GDPR): whatever its version, nothing of it may stay.
     * Its id is kept apart so that a late, replayed registration cannot bring it back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID id) {
        OrganisationProfile profile = entityManager.find(OrganisationProfile.class, id);
        if (profile != null) {
            countSupply(profile.competenceKeys(), -1);
            entityManager.remove(profile);
        }
        entityManager.createNativeQuery("insert into erased_organisation (id) values (?1) on conflict do nothing")
                .setParameter(1, id).executeUpdate();
    }

    /** Which of these organisations were erased or deleted: their events are then ignored. */
    private Set<UUID> erasedAmong(Set<UUID> ids) {
        return Set.copyOf(entityManager.createNativeQuery("select id from erased_organisation where id in (:ids)", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    /**
     * The organisation left the map: it is no candidate any more, and (as after an erasure) its id is
     * kept apart so that a late update cannot bring it back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(UUID id, long version) {
        OrganisationProfile profile = entityManager.find(OrganisationProfile.class, id);
        if (profile != null && !profile.isOlderThan(version)) {
            return;
        }
        if (profile != null) {
            countSupply(profile.competenceKeys(), -1);
            entityManager.remove(profile);
        }
        entityManager.createNativeQuery("insert into erased_organisation (id) values (?1) on conflict do nothing")
                .setParameter(1, id).executeUpdate();
    }

    private void countSupply(List<String> competenceKeys, int change) {
        changeSupply(competenceKeys.stream().collect(Collectors.toMap(key -> key, key -> change, Integer::sum)));
    }

    /** One statement for the competences of all the changes at hand (an import brings tens of thousands). */
    private void changeSupply(Map<String, Integer> changes) {
        if (changes.isEmpty()) {
            return;
        }
        String[] keys = changes.keySet().toArray(String[]::new);
        Integer[] counts = Arrays.stream(keys).map(changes::get).toArray(Integer[]::new);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    with change_of (key, change) as (select * from unnest(?, ?))
                    insert into competence_supply (competence_key, organisations)
                    select key, greatest(change, 0) from change_of
                    on conflict (competence_key) do update set organisations = competence_supply.organisations
                        + (select change from change_of where change_of.key = excluded.competence_key)""")) {
                upsert.setArray(1, connection.createArrayOf("text", keys));
                upsert.setArray(2, connection.createArrayOf("integer", counts));
                upsert.executeUpdate();
            }
        });
    }
}
