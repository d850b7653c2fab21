package eu.viaduc.knowledge.attachment.rest;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VideoLinkRequest", examples = """
        {"title": "The sorting line in action", "url": "https://video.example/watch?v=abc"}""")
public record VideoLinkRequest(@NotBlank @Size(max = 300) String title, @NotNull URI url) {
}
