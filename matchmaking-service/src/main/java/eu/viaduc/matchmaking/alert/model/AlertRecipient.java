package eu.viaduc.matchmaking.alert.model;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person who asked for alerts: the e-mail address and language their token and request gave when they
 * did, and whether urgent needs for their organisations' competences reach them at once.
 */
@Entity
@Table(name = "alert_recipient")
public class AlertRecipient {

    @Id
    private String subject;
    private String email;
    private String language;
    @Column(name = "urgent_needs")
    private boolean urgentNeeds;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected AlertRecipient() {
    }

    public AlertRecipient(String subject, String email, String language, boolean urgentNeeds, OffsetDateTime now) {
        this.subject = subject;
        this.email = email;
        this.language = language;
        this.urgentNeeds = urgentNeeds;
        this.updatedAt = now;
    }

    /** The address and language may have changed since: the latest request's win. */
    public void reachAt(String email, String language, OffsetDateTime now) {
        this.email = email;
        this.language = language;
        this.updatedAt = now;
    }

    public void urgentNeeds(boolean wanted, OffsetDateTime now) {
        this.urgentNeeds = wanted;
        this.updatedAt = now;
    }

    public String subject() {
        return subject;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public boolean urgentNeeds() {
        return urgentNeeds;
    }
}
