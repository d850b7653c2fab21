package eu.viaduc.members.search.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.search.service.OrganisationSearch.MapPoint;
import eu.viaduc.platform.rest.Page;

/** The organisations a search finds, as a GeoJSON (RFC 7946) FeatureCollection of points. */
@Schema(name = "OrganisationMap", description = "A GeoJSON FeatureCollection; coordinates are [longitude, latitude]")
public record OrganisationMap(
        @Schema(enumeration = "FeatureCollection") String type,
        @Schema(description = "How many located organisations the filters find in all") long numberMatched,
        @Schema(description = "How many features this answer holds (at most the limit)") int numberReturned,
        List<Feature> features) {

    static OrganisationMap of(Page<MapPoint> points) {
        return new OrganisationMap("FeatureCollection", points.total(), points.items().size(),
                points.items().stream().map(Feature::of).toList());
    }

    @Schema(name = "OrganisationMapFeature", description = "One located organisation; its id is the organisation's")
    public record Feature(@Schema(enumeration = "Feature") String type, UUID id, Point geometry, Properties properties) {

        static Feature of(MapPoint point) {
            return new Feature("Feature", point.id(), new Point("Point", List.of(point.longitude(), point.latitude())),
                    new Properties(point.name(), point.type(), point.country(), point.city()));
        }
    }

    @Schema(name = "GeoJsonPoint")
    public record Point(@Schema(enumeration = "Point") String type,
            @Schema(description = "[longitude, latitude]", minItems = 2, maxItems = 2) List<Double> coordinates) {
    }

    @Schema(name = "OrganisationMapProperties")
    public record Properties(String name, @Schema(description = "The organisation type") String type, String country,
            @Schema(nullable = true) String city) {
    }
}
