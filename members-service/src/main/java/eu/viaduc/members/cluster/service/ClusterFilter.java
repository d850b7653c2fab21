package eu.viaduc.members.cluster.service;

import eu.viaduc.members.cluster.model.LabelLevel;

/**
 * Filters of the cluster list; null means "any". A NUTS or NACE filter matches its sub-codes
 * too (FR1 finds FR10; C13 finds C13.9); a label filter finds labels still valid today.
 */
public record ClusterFilter(String country, String nutsRegion, String valueChain, String nace, LabelLevel label) {
}
