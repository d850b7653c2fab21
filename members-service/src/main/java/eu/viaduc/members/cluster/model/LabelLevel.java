package eu.viaduc.members.cluster.model;

/** The European Cluster Excellence (ESCA) label levels. */
public enum LabelLevel {
    BRONZE,
    SILVER,
    GOLD
}
