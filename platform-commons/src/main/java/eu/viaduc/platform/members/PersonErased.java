package eu.viaduc.platform.members;

/**
 * Fired (synchronously, inside the inbox's transaction) when members-service erases a person with an
 * account on their request, so that every feature forgets what it copied of them.
 *
 * @param subject the person's token subject
 */
public record PersonErased(String subject) {
}
