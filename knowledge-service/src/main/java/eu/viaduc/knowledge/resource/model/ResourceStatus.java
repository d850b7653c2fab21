package eu.viaduc.knowledge.resource.model;

/** A resource as a whole: DRAFT until a version is first published, then PUBLISHED, then ARCHIVED. */
public enum ResourceStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
