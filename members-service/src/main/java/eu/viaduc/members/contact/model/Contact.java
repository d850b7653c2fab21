package eu.viaduc.members.contact.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person of an organisation. Personal data: shown only as their consent allows, deleted on erasure. */
@Entity
public class Contact {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "job_title")
    private String jobTitle;
    private String email;
    private String phone;
    @Column(name = "public_consent")
    private boolean publicConsent;
    @Column(name = "members_consent")
    private boolean membersConsent;
    /** When the person last gave a consent; null while they gave none. */
    @Column(name = "consent_given_at")
    private OffsetDateTime consentGivenAt;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    protected Contact() {
        // for JPA
    }

    public static Contact add(UUID organisationId, ContactDetails details) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.organisationId = organisationId;
        contact.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        contact.apply(details);
        return contact;
    }

    public void update(ContactDetails details) {
        apply(details);
    }

    private void apply(ContactDetails details) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean newConsent = (details.publicConsent() && !publicConsent) || (details.membersConsent() && !membersConsent);
        this.fullName = details.fullName().strip();
        this.jobTitle = details.jobTitle();
        this.email = details.email();
        this.phone = details.phone();
        this.publicConsent = details.publicConsent();
        this.membersConsent = details.membersConsent();
        if (newConsent) {
            this.consentGivenAt = now;
        }
        this.updatedAt = now;
    }

    /**
     * Who may see this person: anyone with public consent; with members' consent also the people of an
     * organisation that knows this one (a fellow member of one of its clusters, or introduced to it).
     */
    public boolean visibleTo(boolean acquainted) {
        return publicConsent || (acquainted && membersConsent);
    }

    public ContactDetails details() {
        return new ContactDetails(fullName, jobTitle, email, phone, publicConsent, membersConsent);
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public OffsetDateTime consentGivenAt() {
        return consentGivenAt;
    }

    public long version() {
        return version;
    }
}
