package eu.viaduc.exchange.programme.model;

import java.util.Map;

/**
 * The participant categories a programme sets targets for, and the organisation types of
 * members-service that fall into each.
 */
public enum ParticipantCategory {
    /** MICRO and SME organisations. */
    SME,
    CLUSTER_ORGANISATION,
    /** SUPPORT_ORGANISATION, RESEARCH and TRAINING_PROVIDER organisations. */
    SUPPORT_ORGANISATION,
    /** LARGE organisations. */
    LARGE_COMPANY,
    PUBLIC_BODY;

    /** Said in the API description: how members' organisation types map to categories. */
    public static final String MAPPING = "MICRO and SME -> SME; CLUSTER_ORGANISATION -> CLUSTER_ORGANISATION; "
            + "SUPPORT_ORGANISATION, RESEARCH and TRAINING_PROVIDER -> SUPPORT_ORGANISATION; LARGE -> LARGE_COMPANY; "
            + "PUBLIC_BODY -> PUBLIC_BODY";

    private static final Map<String, ParticipantCategory> BY_ORGANISATION_TYPE = Map.of(
            "MICRO", SME, "SME", SME,
            "CLUSTER_ORGANISATION", CLUSTER_ORGANISATION,
            "SUPPORT_ORGANISATION", SUPPORT_ORGANISATION, "RESEARCH", SUPPORT_ORGANISATION,
            "TRAINING_PROVIDER", SUPPORT_ORGANISATION,
            "LARGE", LARGE_COMPANY,
            "PUBLIC_BODY", PUBLIC_BODY);

    public static ParticipantCategory ofOrganisationType(String type) {
        ParticipantCategory category = BY_ORGANISATION_TYPE.get(type);
        if (category == null) {
            throw new IllegalArgumentException("no participant category for organisation type " + type);
        }
        return category;
    }
}
