package eu.viaduc.knowledge.attachment.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.knowledge.attachment.model.Attachment;

@Schema(name = "Attachment")
public record AttachmentView(UUID id, UUID resourceId, Attachment.Kind kind, String title,
        @Schema(nullable = true) String fileName,
        @Schema(nullable = true, description = "Detected from the content") String mediaType,
        @Schema(nullable = true) Long sizeBytes, @Schema(nullable = true) String sha256,
        @Schema(nullable = true, description = "Where to get the file, or the video") String href,
        OffsetDateTime createdAt) {

    public static AttachmentView of(Attachment attachment) {
        String href = attachment.kind() == Attachment.Kind.FILE
                ? "/api/v1/resources/" + attachment.resourceId() + "/attachments/" + attachment.id() + "/content"
                : attachment.url();
        return new AttachmentView(attachment.id(), attachment.resourceId(), attachment.kind(), attachment.title(),
                attachment.fileName(), attachment.mediaType(), attachment.sizeBytes(), attachment.sha256(), href,
                attachment.createdAt());
    }
}
