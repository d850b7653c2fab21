package eu.viaduc.knowledge.attachment.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file or a video link attached to a resource. A file's bytes are in the attachment storage. */
@Entity
public class Attachment {

    @Schema(name = "AttachmentKind")
    public enum Kind { FILE, VIDEO_LINK }

    @Id
    private UUID id;
    @Column(name = "resource_id")
    private UUID resourceId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String title;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private Long sizeBytes;
    private String sha256;
    @Column(name = "storage_key")
    private String storageKey;
    private String url;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Attachment() {
        // for JPA
    }

    public static Attachment file(UUID resourceId, String title, String fileName, String mediaType, long size,
            String sha256, String storageKey, String createdBy) {
        Attachment attachment = of(resourceId, Kind.FILE, title, createdBy);
        attachment.fileName = fileName;
        attachment.mediaType = mediaType;
        attachment.sizeBytes = size;
        attachment.sha256 = sha256;
        attachment.storageKey = storageKey;
        return attachment;
    }

    public static Attachment videoLink(UUID resourceId, String title, String url, String createdBy) {
        Attachment attachment = of(resourceId, Kind.VIDEO_LINK, title, createdBy);
        attachment.url = url;
        return attachment;
    }

    private static Attachment of(UUID resourceId, Kind kind, String title, String createdBy) {
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.resourceId = resourceId;
        attachment.kind = kind;
        attachment.title = title;
        attachment.createdBy = createdBy;
        attachment.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return attachment;
    }

    public UUID id() {
        return id;
    }

    public UUID resourceId() {
        return resourceId;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public String url() {
        return url;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
