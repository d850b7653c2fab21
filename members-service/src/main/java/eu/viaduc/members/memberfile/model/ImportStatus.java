package eu.viaduc.members.memberfile.model;

/** QUEUED -> RUNNING -> COMPLETED (with its report) or FAILED (with the reason; nothing was imported). */
public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED
}
