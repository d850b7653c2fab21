package eu.viaduc.knowledge.attachment.service;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.knowledge.attachment.model.Attachment;
import eu.viaduc.knowledge.attachment.storage.AttachmentStorage;
import eu.viaduc.knowledge.resource.service.ReadResource;
import eu.viaduc.knowledge.resource.service.WriteResource;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * A resource's files and video links: its authors add and remove them; whoever may read the resource
 * may read them. A file is streamed into the storage while its type is detected from its first bytes
 * and its size counted: a file of another type, or over the limit, is refused and nothing of it stays.
 */
@ApplicationScoped
public class Attachments {

    private final EntityManager entityManager;
    private final AttachmentStorage storage;
    private final AttachmentSettings settings;
    private final ReadResource resources;
    private final WriteResource writer;
    private final Caller caller;

    @Inject
    public Attachments(EntityManager entityManager, AttachmentStorage storage, AttachmentSettings settings,
            ReadResource resources, WriteResource writer, Caller caller) {
        this.entityManager = entityManager;
        this.storage = storage;
        this.settings = settings;
        this.resources = resources;
        this.writer = writer;
        this.caller = caller;
    }

    @Transactional
    public Attachment addFile(UUID resourceId, String fileName, String title, InputStream body) {
        writer.requireAuthor(resourceId);
        requireRoom(resourceId);
        InputStream content = new BufferedInputStream(body, 64 * 1024);
        String mediaType = ContentTypes.detect(content, fileName);
        if (mediaType == null) {
            throw new ProblemException(415, "Unsupported Media Type", "the file's content is none of PDF, an office "
                    + "document or an image (its name is not taken for its type)",
                    List.of(new eu.viaduc.platform.problem.Problem.Violation("file", "is not an allowed type")));
        }
        AttachmentStorage.Stored stored;
        try {
            stored = storage.store(content, settings.maxFileSize().asLongValue());
        } catch (AttachmentStorage.TooLarge e) {
            throw new ProblemException(413, "Content Too Large", "a file may have " + settings.maxFileSize().asLongValue()
                    + " bytes at most", List.of(new eu.viaduc.platform.problem.Problem.Violation("file", e.getMessage())));
        }
        Attachment attachment = Attachment.file(resourceId, title == null || title.isBlank() ? fileName : title.strip(),
                fileName, mediaType, stored.size(), stored.sha256(), stored.key(), caller.id());
        entityManager.persist(attachment);
        return attachment;
    }

    @Transactional
    public Attachment addVideoLink(UUID resourceId, String title, URI url) {
        writer.requireAuthor(resourceId);
        requireRoom(resourceId);
        if (!"https".equals(url.getScheme()) || url.getHost() == null) {
            throw ProblemException.invalid("url", "must be an https address");
        }
        Attachment attachment = Attachment.videoLink(resourceId, title.strip(), url.toString(), caller.id());
        entityManager.persist(attachment);
        return attachment;
    }

    @Transactional
    public void remove(UUID resourceId, UUID attachmentId) {
        writer.requireAuthor(resourceId);
        Attachment attachment = find(resourceId, attachmentId);
        if (attachment.storageKey() != null) {
            storage.delete(attachment.storageKey());
        }
        entityManager.remove(attachment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> of(UUID resourceId) {
        requireReader(resourceId);
        return entityManager.createQuery("select a from Attachment a where a.resourceId = :resource order by a.createdAt, a.id",
                Attachment.class).setParameter("resource", resourceId).getResultList();
    }

    /** The attachment, if the caller may read its resource. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Attachment readable(UUID resourceId, UUID attachmentId) {
        requireReader(resourceId);
        return find(resourceId, attachmentId);
    }

    /** Streams a file's bytes; called while the response is written, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void copy(Attachment file, OutputStream out) {
        storage.copy(file.storageKey(), out);
    }

    private void requireReader(UUID resourceId) {
        if (!resources.mayReadPublished(resourceId)) {
            throw ProblemException.forbidden("the attachments of a resource are shown to whom the resource is shown");
        }
    }

    private void requireRoom(UUID resourceId) {
        long count = entityManager.createQuery("select count(a) from Attachment a where a.resourceId = :resource", Long.class)
                .setParameter("resource", resourceId).getSingleResult();
        if (count >= settings.maxPerResource()) {
            throw ProblemException.conflict("a resource has " + settings.maxPerResource() + " attachments at most");
        }
    }

    private Attachment find(UUID resourceId, UUID attachmentId) {
        Attachment attachment = entityManager.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.resourceId().equals(resourceId)) {
            throw ProblemException.notFound("attachment", attachmentId);
        }
        return attachment;
    }
}
