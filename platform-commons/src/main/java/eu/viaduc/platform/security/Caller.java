package eu.viaduc.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the token says: roles, the organisation the user belongs to
 * ({@value #ORGANISATION_CLAIM}) and the clusters they manage ({@value #MANAGED_CLUSTERS_CLAIM}).
 * Ownership rules in service classes ask this, never the raw token.
 */
@RequestScoped
public class Caller {

    public static final String ORGANISATION_CLAIM = "viaduc_org";
    public static final String MANAGED_CLUSTERS_CLAIM = "viaduc_clusters";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    @Inject
    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The user's stable id (the token subject), or "anonymous". */
    public String id() {
        return identity.isAnonymous() ? "anonymous" : Optional.ofNullable(token.getSubject()).orElse(identity.getPrincipal().getName());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isPlatformAdmin() {
        return hasRole(Roles.PLATFORM_ADMIN);
    }

    public Optional<UUID> organisation() {
        return Optional.ofNullable(token.getClaim(ORGANISATION_CLAIM)).map(Object::toString).flatMap(Caller::uuid);
    }

    /** Whether the token says the user belongs to this organisation. */
    public boolean belongsTo(UUID organisation) {
        return organisation().map(organisation::equals).orElse(false);
    }

    /** A cluster manager acts only on the clusters their token lists. */
    public boolean managesCluster(UUID cluster) {
        return hasRole(Roles.CLUSTER_MANAGER) && managedClusters().contains(cluster);
    }

    public List<UUID> managedClusters() {
        Object claim = token.getClaim(MANAGED_CLUSTERS_CLAIM);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(Caller::text).map(Caller::uuid).flatMap(Optional::stream).toList();
        }
        return claim == null ? List.of() : uuid(text(claim)).map(List::of).orElse(List.of());
    }

    private static String text(Object value) {
        // JSON string values arrive as jakarta.json.JsonString, whose toString() keeps the quotes
        return value instanceof jakarta.json.JsonString json ? json.getString() : value.toString().replace("\"", "");
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text.replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
