package eu.viaduc.webhooks.subscription.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner app's standing order: these public event types, to this callback, signed with this secret. */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    private UUID id;
    private String owner;
    @Column(name = "callback_url")
    private String callbackUrl;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types")
    private String[] eventTypes;
    private String secret;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    protected Subscription() {
    }

    public Subscription(String owner, String callbackUrl, List<String> eventTypes, String secret, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.owner = owner;
        this.callbackUrl = callbackUrl;
        this.eventTypes = eventTypes.stream().distinct().sorted().toArray(String[]::new);
        this.secret = secret;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public List<String> eventTypes() {
        return List.of(eventTypes);
    }

    public String secret() {
        return secret;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Stops it: nothing more is delivered, and what was waiting is dropped. */
    public void delete(OffsetDateTime now) {
        this.deletedAt = now;
    }
}
