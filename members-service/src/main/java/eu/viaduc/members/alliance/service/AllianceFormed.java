package eu.viaduc.members.alliance.service;

import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction) when a cluster or alliance manager forms an alliance,
 * so that they become its first manager in the same transaction.
 */
public record AllianceFormed(UUID allianceId) {
}
