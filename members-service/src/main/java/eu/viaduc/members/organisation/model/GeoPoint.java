package eu.viaduc.members.organisation.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A WGS 84 point, where the organisation is on the map. */
@Schema(name = "GeoPoint", examples = """
        {"latitude": 41.5463, "longitude": 2.1086}""")
public record GeoPoint(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
}
