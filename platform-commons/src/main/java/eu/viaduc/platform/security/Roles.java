package eu.viaduc.platform.security;

/**
 * The only roles a token carries. Everything else (who acts for which organisation, who manages
 * which cluster or alliance) is Viaduc's own data: see {@link Affiliations}.
 */
public final class Roles {

    /** Runs the platform: may do everything, except approve their own proposals. */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** A partner website or app, authenticated with client credentials: not a person. */
    public static final String PARTNER_APP = "partner-app";

    private Roles() {
    }
}
