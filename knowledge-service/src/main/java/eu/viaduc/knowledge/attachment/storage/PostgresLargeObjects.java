package eu.viaduc.knowledge.attachment.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

/** Attachment bytes as PostgreSQL large objects, written and read in 64 KB chunks within the transaction. */
@ApplicationScoped
public class PostgresLargeObjects implements AttachmentStorage {

    private static final int CHUNK = 64 * 1024;

    private final EntityManager entityManager;

    @Inject
    public PostgresLargeObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Stored store(InputStream content, long maxBytes) {
        return withConnection(connection -> {
            LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            MessageDigest sha256 = sha256();
            long size = 0;
            try (LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
                    InputStream in = new DigestInputStream(content, sha256)) {
                byte[] chunk = new byte[CHUNK];
                for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
                    size += read;
                    if (size > maxBytes) {
                        // the transaction rolls back, and the large object with it
                        throw new TooLarge(maxBytes);
                    }
                    object.write(chunk, 0, read);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Stored(Long.toString(oid), size, HexFormat.of().formatHex(sha256.digest()));
        });
    }

    @Override
    public void copy(String key, OutputStream out) {
        withConnection(connection -> {
            LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            try (LargeObject object = objects.open(Long.parseLong(key), LargeObjectManager.READ)) {
                byte[] chunk = new byte[CHUNK];
                for (int read = object.read(chunk, 0, CHUNK); read > 0; read = object.read(chunk, 0, CHUNK)) {
                    out.write(chunk, 0, read);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    @Override
    public void delete(String key) {
        withConnection(connection -> {
            connection.unwrap(PGConnection.class).getLargeObjectAPI().delete(Long.parseLong(key));
            return null;
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(Work<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> work.run(connection));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
