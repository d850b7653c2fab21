package eu.viaduc.knowledge.attachment.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on a resource's attachments. */
@ConfigMapping(prefix = "viaduc.knowledge.attachments")
public interface AttachmentSettings {

    /** The largest file; a larger one is refused (413) and leaves nothing stored. */
    @WithDefault("25M")
    MemorySize maxFileSize();

    /** How many files and links one resource may have. */
    @WithDefault("10")
    int maxPerResource();
}
