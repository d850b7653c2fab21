package eu.viaduc.knowledge.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.knowledge.audience.Audience;

/**
 * The SQL condition "the caller may read this published resource" over {@code r} (resource) and
 * {@code v} (its published version), the same rule as {@link Audience#maySee} in one query.
 */
@ApplicationScoped
public class VisibleResources {

    /** Stands in for an empty list in SQL "in (...)": no organisation, cluster or alliance has it. */
    private static final List<UUID> NOTHING = List.of(new UUID(0, 0));

    private final Audience audience;

    @Inject
    public VisibleResources(Audience audience) {
        this.audience = audience;
    }

    /** The condition, its parameters added to {@code parameters}. */
    public String condition(Map<String, Object> parameters) {
        Audience.Standing me = audience.standing();
        parameters.put("admin", me.platformAdmin());
        parameters.put("affiliated", me.affiliated());
        parameters.put("orgs", orNothing(me.organisations()));
        parameters.put("managedClusters", orNothing(me.managedClusters()));
        parameters.put("clusters", orNothing(me.clusters()));
        parameters.put("alliances", orNothing(me.alliances()));
        return """
                (v.visibility = 'PUBLIC' or :admin = true or r.author_organisation_id in (:orgs)
                    or exists (select 1 from member_membership m where m.organisation_id = r.author_organisation_id
                        and m.status = 'ACTIVE' and m.cluster_id in (:managedClusters))
                    or (v.visibility = 'MEMBERS' and :affiliated = true)
                    or (v.visibility = 'CLUSTER' and exists (select 1 from member_membership m
                        where m.organisation_id = r.author_organisation_id and m.status = 'ACTIVE' and m.cluster_id in (:clusters)))
                    or (v.visibility = 'ALLIANCE' and exists (select 1 from member_membership m
                        join member_alliance_cluster ac on ac.cluster_id = m.cluster_id
                        where m.organisation_id = r.author_organisation_id and m.status = 'ACTIVE' and ac.alliance_id in (:alliances))))
                """;
    }

    private static Collection<UUID> orNothing(Collection<UUID> ids) {
        return ids.isEmpty() ? NOTHING : ids;
    }
}
