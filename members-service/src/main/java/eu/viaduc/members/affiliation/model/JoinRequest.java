package eu.viaduc.members.affiliation.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.OrganisationRole;

/** A person asks to act for an organisation; its ADMIN decides. */
@Entity
@jakarta.persistence.Table(name = "join_request")
public class JoinRequest {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    private String subject;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    @Enumerated(EnumType.STRING)
    private OrganisationRole role;
    private String message;
    @Enumerated(EnumType.STRING)
    private JoinRequestStatus status;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Version
    private long version;

    protected JoinRequest() {
        // for JPA
    }

    public static JoinRequest ask(UUID organisationId, Person person, OrganisationRole role, String message) {
        JoinRequest request = new JoinRequest();
        request.id = UUID.randomUUID();
        request.organisationId = organisationId;
        request.subject = person.subject();
        request.displayName = person.displayName();
        request.email = person.email();
        request.role = role;
        request.message = message;
        request.status = JoinRequestStatus.PENDING;
        request.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return request;
    }

    public void accept(String by) {
        move(JoinRequestStatus.ACCEPTED, by);
    }

    public void refuse(String by) {
        move(JoinRequestStatus.REFUSED, by);
    }

    public void withdraw(String by) {
        move(JoinRequestStatus.WITHDRAWN, by);
    }

    private void move(JoinRequestStatus to, String by) {
        if (status != JoinRequestStatus.PENDING) {
            throw ProblemException.conflict("a " + status + " join request cannot become " + to);
        }
        status = to;
        decidedBy = by;
        decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Person person() {
        return new Person(subject, displayName, email);
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String subject() {
        return subject;
    }

    public OrganisationRole role() {
        return role;
    }

    public String message() {
        return message;
    }

    public JoinRequestStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }
}
