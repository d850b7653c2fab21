package eu.viaduc.knowledge.attachment.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * The type of a file, detected from its content by Apache Tika, never taken from its name: only a
 * container (ZIP or OLE2, as office documents are) is refined by the name, and only to a type that
 * container can hold. PDF, office documents (OOXML, OpenDocument, the older Office formats) and
 * images are allowed.
 */
public final class ContentTypes {

    static final Set<String> ALLOWED = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint", "image/png", "image/jpeg", "image/gif", "image/webp");
    private static final Set<String> CONTAINERS = Set.of("application/zip", "application/x-tika-ooxml",
            "application/x-tika-msoffice");
    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private ContentTypes() {
    }

    /**
     * The allowed type of the content, or null when it is none of them. The stream must support
     * mark/reset: Tika reads its first bytes and puts them back.
     */
    public static String detect(InputStream content, String fileName) {
        try {
            String byContent = TIKA.detect(content);
            if (ALLOWED.contains(byContent)) {
                return byContent;
            }
            if (CONTAINERS.contains(byContent) && fileName != null) {
                String byName = TIKA.detect(content, fileName);
                if (ALLOWED.contains(byName) && REGISTRY.isSpecializationOf(MediaType.parse(byName), MediaType.parse(byContent))) {
                    return byName;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
