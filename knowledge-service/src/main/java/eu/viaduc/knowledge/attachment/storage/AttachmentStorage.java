package eu.viaduc.knowledge.attachment.storage;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where attachment bytes live. Files are streamed in and out in chunks, never held whole in memory.
 * {@link PostgresLargeObjects} keeps them in the service's database; a bigger deployment puts an
 * S3-compatible store behind this interface instead (see the README). Calls run inside the caller's
 * transaction: a store that is rolled back leaves nothing behind.
 */
public interface AttachmentStorage {

    /** What was stored: its key, size and SHA-256 (hex). */
    record Stored(String key, long size, String sha256) {
    }

    /**
     * Stores the stream's bytes, at most {@code maxBytes} of them.
     *
     * @throws TooLarge when the stream holds more: nothing is kept
     */
    Stored store(InputStream content, long maxBytes);

    /** Writes the stored bytes to {@code out}. */
    void copy(String key, OutputStream out);

    void delete(String key);

    /** The stream held more than the limit. */
    final class TooLarge extends RuntimeException {

        public TooLarge(long maxBytes) {
            super("more than " + maxBytes + " bytes");
        }
    }
}
