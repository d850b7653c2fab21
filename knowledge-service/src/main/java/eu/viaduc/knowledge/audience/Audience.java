package eu.viaduc.knowledge.audience;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.knowledge.resource.model.Visibility;
import eu.viaduc.platform.members.MembersDirectory;
import eu.viaduc.platform.security.Caller;

/**
 * Where the caller stands, as this service's read models say now: the organisations they act for,
 * the clusters those are active members of (and the clusters they manage), the alliances of those
 * clusters (and the alliances they manage). Worked out once per request; a membership that ends
 * counts no more as soon as its event is applied.
 */
@RequestScoped
public class Audience {

    private final Caller caller;
    private final MembersDirectory directory;
    private final EntityManager entityManager;
    private Standing standing;

    @Inject
    public Audience(Caller caller, MembersDirectory directory, EntityManager entityManager) {
        this.caller = caller;
        this.directory = directory;
        this.entityManager = entityManager;
    }

    /** What the caller's access rests on; empty sets for anonymous callers and partner apps. */
    public record Standing(boolean platformAdmin, boolean affiliated, Set<UUID> organisations, Set<UUID> clusters,
            Set<UUID> managedClusters, Set<UUID> alliances) {
    }

    public Standing standing() {
        if (standing == null) {
            standing = compute();
        }
        return standing;
    }

    private Standing compute() {
        if (caller.isAnonymous() || !caller.isPerson()) {
            return new Standing(caller.isPlatformAdmin(), false, Set.of(), Set.of(), Set.of(), Set.of());
        }
        Set<UUID> organisations = new HashSet<>();
        Set<UUID> managedClusters = new HashSet<>();
        Set<UUID> managedAlliances = new HashSet<>();
        List<?> rows = entityManager.createNativeQuery("select target_id, scope from affiliation where subject = ?1")
                .setParameter(1, caller.id()).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            switch ((String) c[1]) {
                case "ORGANISATION" -> organisations.add((UUID) c[0]);
                case "CLUSTER" -> managedClusters.add((UUID) c[0]);
                default -> managedAlliances.add((UUID) c[0]);
            }
        }
        Set<UUID> clusters = new HashSet<>(managedClusters);
        for (UUID organisation : organisations) {
            clusters.addAll(directory.activeClustersOf(organisation));
        }
        Set<UUID> alliances = new HashSet<>(managedAlliances);
        alliances.addAll(directory.alliancesOf(new ArrayList<>(clusters)));
        return new Standing(caller.isPlatformAdmin(), !rows.isEmpty(), organisations, clusters, managedClusters, alliances);
    }

    /** Whether the caller acts for the organisation as EDITOR or ADMIN (platform admins do not, by office). */
    public boolean writesFor(UUID organisation) {
        return caller.roleIn(organisation).map(role -> role.includes(eu.viaduc.platform.security.OrganisationRole.EDITOR))
                .orElse(false);
    }

    /** A platform admin, or a manager of a cluster the author organisation is an active member of. */
    public boolean reviewsFor(UUID authorOrganisation) {
        Standing me = standing();
        return me.platformAdmin() || directory.activeClustersOf(authorOrganisation).stream()
                .anyMatch(me.managedClusters()::contains);
    }

    /**
     * What the caller's standing is matched against a published resource's audience with (the database
     * function {@code knowledge_audience}, the one statement of the visibility rule): anyone sees 'public',
     * a person affiliated anywhere 'members', and then their organisations ('o:'), the clusters they manage
     * ('m:'), the clusters of their organisations and those they manage ('c:') and their alliances ('a:').
     * Platform admins see everything and need no key.
     */
    public List<String> keys() {
        Standing me = standing();
        List<String> keys = new ArrayList<>();
        keys.add("public");
        if (me.affiliated()) {
            keys.add("members");
        }
        me.organisations().forEach(id -> keys.add("o:" + id));
        me.managedClusters().forEach(id -> keys.add("m:" + id));
        me.clusters().forEach(id -> keys.add("c:" + id));
        me.alliances().forEach(id -> keys.add("a:" + id));
        return keys;
    }

    /** Whether the caller may read a published resource of the organisation with this visibility. */
    public boolean maySee(UUID authorOrganisation, Visibility visibility) {
        if (standing().platformAdmin()) {
            return true;
        }
        return !entityManager.createNativeQuery("""
                select 1 from unnest(knowledge_audience(:author, :visibility)) key where key in (:keys)""")
                .setParameter("author", authorOrganisation).setParameter("visibility", visibility.name())
                .setParameter("keys", keys()).getResultList().isEmpty();
    }

    public String subject() {
        return caller.id();
    }

    public String displayName() {
        return caller.displayName();
    }
}
