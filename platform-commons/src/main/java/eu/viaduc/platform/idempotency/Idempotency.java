package eu.viaduc.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;

import eu.viaduc.platform.problem.Problem.Violation;
import eu.viaduc.platform.problem.ProblemException;

/**
 * Makes creates safe to retry: the first request with an Idempotency-Key runs and its answer is
 * stored in the same transaction; a repeat with the same key and body gets that answer again;
 * the same key with another body is refused (422). A concurrent repeat waits on the first one's
 * row lock, then replays. Keys are scoped per operation and caller.
 */
@ApplicationScoped
public class Idempotency {

    static final Duration KEPT_FOR = Duration.ofDays(1);
    private static final int MAX_KEY_LENGTH = 255;

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    @Inject
    public Idempotency(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * Runs {@code create} once per key; without a key (null), simply runs it.
     *
     * @param scope the operation and the caller, e.g. "registerCluster:" + user id
     */
    @Transactional
    public Created create(String key, String scope, Object request, Supplier<Created> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new ProblemException(400, "Invalid request", "Idempotency-Key must have 1 to 255 characters",
                    List.of(new Violation("Idempotency-Key", "must have 1 to 255 characters")));
        }
        String hash = hash(request);
        int claimed = entityManager.createNativeQuery("""
                insert into idempotency_record (scope, key, request_hash) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
                .executeUpdate();
        if (claimed == 1) {
            Created created = create.get();
            entityManager.createNativeQuery("""
                    update idempotency_record set location = ?3, etag = ?4, body = ?5 where scope = ?1 and key = ?2""")
                    .setParameter(1, scope).setParameter(2, key)
                    .setParameter(3, created.location().toString()).setParameter(4, created.etag())
                    .setParameter(5, json(created.body()))
                    .executeUpdate();
            return created;
        }
        Object[] earlier = (Object[]) entityManager.createNativeQuery("""
                select request_hash, location, etag, body from idempotency_record where scope = ?1 and key = ?2""")
                .setParameter(1, scope).setParameter(2, key)
                .getSingleResult();
        if (!hash.equals(earlier[0])) {
            throw new ProblemException(422, "Unprocessable Content",
                    "this Idempotency-Key was used for a different request; use a new key for a new request",
                    List.of(new Violation("Idempotency-Key", "was used for a different request")));
        }
        return new Created(URI.create((String) earlier[1]), read((String) earlier[3]), (String) earlier[2], true);
    }

    /**
     * Forgets the stored answers that created this resource: erasure (GDPR) must not leave a
     * person's data behind in a replayable response. A retry with such a key then creates anew.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(URI location) {
        entityManager.createNativeQuery("delete from idempotency_record where location = ?1")
                .setParameter(1, location.toString())
                .executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void forgetOldKeys() {
        entityManager.createNativeQuery("delete from idempotency_record where created_at < ?1")
                .setParameter(1, OffsetDateTime.now().minus(KEPT_FOR))
                .executeUpdate();
    }

    private String hash(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the response of an idempotent request", e);
        }
    }

    private JsonNode read(String body) {
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot replay the stored response of an idempotent request", e);
        }
    }
}
