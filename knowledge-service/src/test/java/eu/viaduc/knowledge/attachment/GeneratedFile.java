package eu.viaduc.knowledge.attachment;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A PDF-looking file of any size, generated as it is read (never held in memory), with its SHA-256.
 * The content is deterministic (the same size gives the same bytes) and does not compress, as a real
 * PDF's streams do not.
 */
final class GeneratedFile extends InputStream {

    private static final byte[] HEADER = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);

    private final long size;
    private final long pauseAt;
    private final Runnable pause;
    private long position;
    private long state = 0x9E3779B97F4A7C15L;

    GeneratedFile(long size) {
        this(size, -1, () -> { });
    }

    /** A file whose reader is held at {@code pauseAt} bytes until {@code pause} returns. */
    GeneratedFile(long size, long pauseAt, Runnable pause) {
        this.size = size;
        this.pauseAt = pauseAt;
        this.pause = pause;
    }

    @Override
    public int read() {
        if (position >= size) {
            return -1;
        }
        long at = position++;
        if (at < HEADER.length) {
            return HEADER[(int) at] & 0xff;
        }
        // xorshift64: a byte of pseudo-random noise per position
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return (int) (state & 0xff);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position >= size) {
            return -1;
        }
        if (position == pauseAt) {
            pause.run();
        }
        long until = position < pauseAt ? pauseAt : size;
        int count = (int) Math.min(length, until - position);
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = (byte) read();
        }
        return count;
    }

    static String sha256Of(long size) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new GeneratedFile(size)) {
            byte[] chunk = new byte[64 * 1024];
            for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
                digest.update(chunk, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
