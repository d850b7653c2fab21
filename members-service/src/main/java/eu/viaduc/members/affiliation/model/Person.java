package eu.viaduc.members.affiliation.model;

import eu.viaduc.platform.security.Caller;

/** A signed-in person as their token describes them: personal data, kept only beside their affiliations. */
public record Person(String subject, String displayName, String email) {

    public static Person of(Caller caller) {
        return new Person(caller.id(), caller.displayName(), caller.email().orElse(null));
    }
}
