package eu.viaduc.matchmaking.organisation.service;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(OrganisationProfile profile) {
        entityManager.persist(profile);
        countSupply(profile.competenceKeys(), +1);
    }

    /**
     * Applies a newer profile; an older or repeated version changes nothing. An update of an
     * organisation this model does not know (its registration was missed, or the model is being
     * rebuilt) adds it from the update's whole profile, unless it was erased or deleted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void update(UUID id, ProfileFacts facts, long version, OffsetDateTime registeredAt, OffsetDateTime changedAt) {
        OrganisationProfile profile = entityManager.find(OrganisationProfile.class, id);
        if (profile == null && registeredAt != null && !isErased(id)) {
            add(new OrganisationProfile(id, facts, version, registeredAt, changedAt));
            return;
        }
        if (profile == null || !profile.isOlderThan(version)) {
            return;
        }
        List<String> before = profile.competenceKeys();
        profile.replace(facts, version, changedAt);
        replaceSupply(before, profile.competenceKeys());
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

    /** Whether the organisation was erased: its events are then ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isErased(UUID id) {
        return !entityManager.createNativeQuery("select 1 from erased_organisation where id = ?1")
                .setParameter(1, id).getResultList().isEmpty();
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

    private void replaceSupply(List<String> before, List<String> after) {
        Map<String, Integer> changes = new HashMap<>();
        before.forEach(key -> changes.merge(key, -1, Integer::sum));
        after.forEach(key -> changes.merge(key, +1, Integer::sum));
        changes.values().removeIf(change -> change == 0);
        changeSupply(changes);
    }

    /** One statement for all of an event's competences (an import brings tens of thousands of events). */
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
