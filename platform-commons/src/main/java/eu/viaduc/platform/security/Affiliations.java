package eu.viaduc.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who acts for what, by token subject. members-service owns these facts and answers from its own
 * tables; every other service answers from its read model of members' affiliation events
 * ({@code eu.viaduc.platform.affiliation}). Never from token claims, never by calling another service.
 */
public interface Affiliations {

    /** The person's role in the organisation, if they act for it. */
    Optional<OrganisationRole> organisationRole(String subject, UUID organisation);

    boolean managesCluster(String subject, UUID cluster);

    boolean managesAlliance(String subject, UUID alliance);

    List<UUID> managedClusters(String subject);

    /** Whether the person manages any cluster or alliance. */
    boolean managesAny(String subject);

    /** Whether the person acts for any organisation or manages any cluster or alliance. */
    boolean isAffiliated(String subject);
}
