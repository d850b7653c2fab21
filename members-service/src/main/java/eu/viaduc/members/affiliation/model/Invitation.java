package eu.viaduc.members.affiliation.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.AffiliationScope;

/**
 * An invitation to act for an organisation or to manage a cluster or alliance, sent to an e-mail
 * address. Its code is single-use and expires; only its hash is stored, so the code exists only in
 * the answer to the inviter (who passes it on) and never in the database.
 */
@Entity
public class Invitation {

    /** How long a code may be redeemed. */
    public static final Duration LIFETIME = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;
    @Column(name = "code_hash")
    private String codeHash;
    @Enumerated(EnumType.STRING)
    private AffiliationScope scope;
    @Column(name = "target_id")
    private UUID targetId;
    private String role;
    private String email;
    @Column(name = "invited_by")
    private String invitedBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;
    @Enumerated(EnumType.STRING)
    private InvitationStatus status;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Version
    private long version;
    /** The code in clear: known only in the request that created the invitation. */
    @Transient
    private String code;

    protected Invitation() {
        // for JPA
    }

    public static Invitation send(AffiliationScope scope, UUID targetId, String role, String email, String invitedBy) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        invitation.code = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        invitation.codeHash = hash(invitation.code);
        invitation.scope = scope;
        invitation.targetId = targetId;
        invitation.role = role;
        invitation.email = email;
        invitation.invitedBy = invitedBy;
        invitation.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        invitation.expiresAt = invitation.createdAt.plus(LIFETIME);
        invitation.status = InvitationStatus.PENDING;
        return invitation;
    }

    /** What the database keeps of a code. */
    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * The invited person takes the invitation up. It must be pending and unexpired, and the person's
     * e-mail address must be the one invited: a code passed on to somebody else is worth nothing.
     */
    public void redeem(String subject, String redeemerEmail) {
        requirePending();
        if (OffsetDateTime.now(ZoneOffset.UTC).isAfter(expiresAt)) {
            throw new ProblemException(410, "Gone", "the invitation expired on " + expiresAt + "; ask for a new one",
                    List.of());
        }
        if (redeemerEmail == null || !redeemerEmail.equalsIgnoreCase(email)) {
            throw ProblemException.forbidden("the invitation was sent to another e-mail address than your account's");
        }
        decide(InvitationStatus.ACCEPTED, subject);
    }

    public void revoke(String by) {
        requirePending();
        decide(InvitationStatus.REVOKED, by);
    }

    private void requirePending() {
        if (status != InvitationStatus.PENDING) {
            throw ProblemException.conflict("the invitation is " + status + " already");
        }
    }

    private void decide(InvitationStatus to, String by) {
        status = to;
        decidedBy = by;
        decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public boolean isExpired() {
        return OffsetDateTime.now(ZoneOffset.UTC).isAfter(expiresAt);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public AffiliationScope scope() {
        return scope;
    }

    public UUID targetId() {
        return targetId;
    }

    public String role() {
        return role;
    }

    public String email() {
        return email;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public InvitationStatus status() {
        return status;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }
}
