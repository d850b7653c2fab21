package eu.viaduc.platform.security;

/** The platform's roles, as carried in the tokens. */
public final class Roles {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String ALLIANCE_MANAGER = "alliance-manager";
    public static final String CLUSTER_MANAGER = "cluster-manager";
    public static final String MEMBER = "member";
    /** A partner website or app, authenticated with client credentials. */
    public static final String PARTNER_APP = "partner-app";

    private Roles() {
    }
}
