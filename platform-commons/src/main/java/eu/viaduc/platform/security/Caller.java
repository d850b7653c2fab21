package eu.viaduc.platform.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling. The token says only who they are (subject, name, e-mail) and their global roles;
 * what they may act for comes from {@link Affiliations}. Rules in service classes ask this, never
 * the raw token.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final Affiliations affiliations;

    @Inject
    public Caller(SecurityIdentity identity, JsonWebToken token, Affiliations affiliations) {
        this.identity = identity;
        this.token = token;
        this.affiliations = affiliations;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The user's stable id (the token subject), or "anonymous". */
    public String id() {
        return identity.isAnonymous() ? "anonymous" : Optional.ofNullable(token.getSubject()).orElse(identity.getPrincipal().getName());
    }

    /** A signed-in human, as opposed to a partner app's client-credentials token. */
    public boolean isPerson() {
        return !isAnonymous() && !identity.hasRole(Roles.PARTNER_APP);
    }

    public boolean isPlatformAdmin() {
        return identity.hasRole(Roles.PLATFORM_ADMIN);
    }

    /** The name to show for this person: the token's name, else their user name. */
    public String displayName() {
        return claim("name").or(() -> claim("preferred_username")).orElse(id());
    }

    /** The e-mail address the identity provider holds for this person, lower-cased. */
    public Optional<String> email() {
        return claim("email").map(value -> value.toLowerCase(Locale.ROOT));
    }

    private Optional<String> claim(String name) {
        if (isAnonymous()) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        // claims outside the JWT standard set arrive as jakarta.json.JsonString, whose toString() keeps the quotes
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The caller's own role in the organisation (platform admins have none by office). */
    public Optional<OrganisationRole> roleIn(UUID organisation) {
        return isPerson() ? affiliations.organisationRole(id(), organisation) : Optional.empty();
    }

    /** Platform admins, and people of the organisation with at least this role. */
    public boolean mayActFor(UUID organisation, OrganisationRole atLeast) {
        return isPlatformAdmin() || roleIn(organisation).map(role -> role.includes(atLeast)).orElse(false);
    }

    /** Whether the caller is one of this cluster's managers (platform admins are not, by office). */
    public boolean managesCluster(UUID cluster) {
        return isPerson() && affiliations.managesCluster(id(), cluster);
    }

    public boolean mayManageCluster(UUID cluster) {
        return isPlatformAdmin() || managesCluster(cluster);
    }

    public boolean managesAlliance(UUID alliance) {
        return isPerson() && affiliations.managesAlliance(id(), alliance);
    }

    public boolean mayManageAlliance(UUID alliance) {
        return isPlatformAdmin() || managesAlliance(alliance);
    }

    public List<UUID> managedClusters() {
        return isPerson() ? affiliations.managedClusters(id()) : List.of();
    }

    /** Whether the caller manages at least one cluster or alliance. */
    public boolean managesAnyClusterOrAlliance() {
        return isPerson() && affiliations.managesAny(id());
    }

    /** A person who acts for an organisation or manages a cluster or alliance: a member of the platform. */
    public boolean isAffiliated() {
        return isPerson() && affiliations.isAffiliated(id());
    }
}
