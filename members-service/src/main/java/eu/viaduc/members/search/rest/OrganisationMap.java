package eu.viaduc.members.search.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.search.service.OrganisationSearch.MapPoint;
import eu.viaduc.platform.rest.Page;

/** The organisations a search finds, as a GeoJSON (RFC 7946) FeatureCollection of points. */
@Schema(name = "OrganisationMap", description = "A GeoJSON FeatureCollection; coordinates are [longitude, latitude]",
        examples = """
        {"type": "FeatureCollection", "numberMatched": 2, "numberReturned": 2,
         "features": [{"type": "Feature", "id": "5b0f3f5e-2c44-4f3a-9d8e-0c1c7d2a9b11",
                       "geometry": {"type": "Point", "coordinates": [2.0089, 41.5633]},
                       "properties": {"name": "Texfor Tècnica SL", "type": "SME", "country": "ES", "city": "Terrassa"}},
                      {"type": "Feature", "id": "e4c8a2f0-6b1d-4d3e-8f5a-7c9b1d3e5f70",
                       "geometry": {"type": "Point", "coordinates": [23.3219, 42.6977]},
                       "properties": {"name": "Vitosha Knitwear EOOD", "type": "MICRO", "country": "BG", "city": "Sofia"}}]}""")
public record OrganisationMap(
        @Schema(enumeration = "FeatureCollection") String type,
        @Schema(description = "How many located organisations the filters find in all") long numberMatched,
        @Schema(description = "How many features this answer holds (at most the limit)") int numberReturned,
        List<Feature> features) {

    static OrganisationMap of(Page<MapPoint> points) {
        return new OrganisationMap("FeatureCollection", points.total(), points.items().size(),
                points.items().stream().map(Feature::of).toList());
    }

    @Schema(name = "OrganisationMapFeature", description = "One located organisation; its id is the organisation's",
            examples = """
            {"type": "Feature", "id": "5b0f3f5e-2c44-4f3a-9d8e-0c1c7d2a9b11",
             "geometry": {"type": "Point", "coordinates": [2.0089, 41.5633]},
             "properties": {"name": "Texfor Tècnica SL", "type": "SME", "country": "ES", "city": "Terrassa"}}""")
    public record Feature(@Schema(enumeration = "Feature") String type, UUID id, Point geometry, Properties properties) {

        static Feature of(MapPoint point) {
            return new Feature("Feature", point.id(), new Point("Point", List.of(point.longitude(), point.latitude())),
                    new Properties(point.name(), point.type(), point.country(), point.city()));
        }
    }

    @Schema(name = "GeoJsonPoint", examples = """
            {"type": "Point", "coordinates": [2.0089, 41.5633]}""")
    public record Point(@Schema(enumeration = "Point") String type,
            @Schema(description = "[longitude, latitude]", minItems = 2, maxItems = 2) List<Double> coordinates) {
    }

    @Schema(name = "OrganisationMapProperties", examples = """
            {"name": "Texfor Tècnica SL", "type": "SME", "country": "ES", "city": "Terrassa"}""")
    public record Properties(String name, @Schema(description = "The organisation type") String type, String country,
            @Schema(nullable = true) String city) {
    }
}
