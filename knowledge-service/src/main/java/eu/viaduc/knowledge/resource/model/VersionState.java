package eu.viaduc.knowledge.resource.model;

/** The state of one version: DRAFT -> IN_REVIEW -> PUBLISHED, returned to DRAFT with comments; then SUPERSEDED or ARCHIVED. */
public enum VersionState {
    DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED, ARCHIVED
}
