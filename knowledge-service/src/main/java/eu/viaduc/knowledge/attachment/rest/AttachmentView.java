package eu.viaduc.knowledge.attachment.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.knowledge.attachment.model.Attachment;

@Schema(name = "Attachment", examples = """
        {"id": "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", "resourceId": "3c9d7e21-5a4b-4f8e-9b1c-2d6e8f0a1b3c", "kind": "FILE",
         "title": "Offcut sorting checklist", "fileName": "offcut-sorting-checklist.pdf", "mediaType": "application/pdf",
         "sizeBytes": 248312, "sha256": "3bf020de391bdc5cdbe840714de04de8c66fad23afdc304bd64d11d320b0f201", "href":
          "/api/v1/resources/3c9d7e21-5a4b-4f8e-9b1c-2d6e8f0a1b3c/attachments/9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d/content",
         "createdAt": "2026-12-01T09:30:00Z"}""")
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
