package eu.viaduc.platform.members;

import java.util.UUID;

/**
 * Fired (synchronously, inside the inbox's transaction) when members-service erases an organisation
 * or a contact person, so that every feature forgets the personal data it keeps of them.
 *
 * @param organisationId the erased organisation, or the contact's organisation
 * @param contactId      the erased contact, or null when the whole organisation is erased
 */
public record OrganisationErased(UUID organisationId, UUID contactId) {

    public boolean isWholeOrganisation() {
        return contactId == null;
    }
}
