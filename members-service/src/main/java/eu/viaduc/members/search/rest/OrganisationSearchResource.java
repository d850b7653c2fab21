package eu.viaduc.members.search.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.organisation.rest.OrganisationView;
import eu.viaduc.members.search.service.OrganisationFilter;
import eu.viaduc.members.search.service.OrganisationSearch;
import eu.viaduc.members.search.service.OrganisationSearch.Counts;
import eu.viaduc.members.search.service.SearchOrder;
import eu.viaduc.platform.database.SnapshotCache;
import eu.viaduc.platform.rest.Page;

@Path("/api/v1/organisations")
@Tag(name = "Search and map", description = "Find organisations, count them and put them on a map")
public class OrganisationSearchResource {

    public static final String GEO_JSON = "application/geo+json";
    /** The most points one map response carries. */
    public static final int MAX_MAP_POINTS = 10_000;

    private final OrganisationSearch search;
    private final SnapshotCache answers;

    @Inject
    public OrganisationSearchResource(OrganisationSearch search, SnapshotCache answers) {
        this.search = search;
        this.answers = answers;
    }

    /**
     * A search as the cache knows it: what was asked, of which operation, and on which day (a label is valid
     * until a date, so the same question may have another answer tomorrow without any change of data).
     */
    private record Question(String operation, OrganisationFilter filter, SearchOrder order, int page, int size,
            List<Locale> languages, LocalDate day) {
    }

    /** Kept in memory: the first pages of the usual size, which most readers ask for; the rest is computed. */
    private static final int CACHED_PAGES = 5;
    private static final int CACHED_PAGE_SIZE = 20;

    private <T> T answer(Question question, Paging paging, String cacheControl, Supplier<T> compute) {
        if (paging != null && (paging.page >= CACHED_PAGES || paging.size > CACHED_PAGE_SIZE)) {
            return compute.get();
        }
        return answers.get(question, cacheControl, compute);
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchOrganisations", summary = "Search organisations",
            description = "Public. Filters combine; q searches names, keywords, competences and texts in every "
                    + "stored language (or one, with lang). Sorted by relevance when q is given, else by name.")
    @APIResponse(responseCode = "200", description = "One page of organisations and the total")
    public Page<OrganisationView> search(@BeanParam @Valid SearchParameters parameters, @BeanParam @Valid Paging paging,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return answer(question("search", parameters, paging, List.of()), paging, cacheControl, () -> {
            Page<Organisation> found = find(parameters, paging);
            return new Page<>(found.items().stream().map(OrganisationView::of).toList(), found.page(), found.size(),
                    found.total());
        });
    }

    @GET
    @Path("cards")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchOrganisationCards", summary = "Search organisations, as compact cards",
            description = "Public. The same search, filters, order and paging as GET /api/v1/organisations, each organisation "
                    + "as a card for a list on a phone: name, type, place, competences and one description of at most 200 "
                    + "characters in the reader's language (Accept-Language), about a tenth of the whole profile.")
    @APIResponse(responseCode = "200", description = "One page of cards and the total")
    public Page<OrganisationCard> cards(@BeanParam @Valid SearchParameters parameters, @BeanParam @Valid Paging paging,
            @Context HttpHeaders headers) {
        List<Locale> acceptable = headers.getAcceptableLanguages();
        String cacheControl = headers.getHeaderString(HttpHeaders.CACHE_CONTROL);
        return answer(question("cards", parameters, paging, acceptable), paging, cacheControl, () -> {
            Page<Organisation> found = find(parameters, paging);
            return new Page<>(found.items().stream().map(organisation -> OrganisationCard.of(organisation, acceptable))
                    .toList(), found.page(), found.size(), found.total());
        });
    }

    private static Question question(String operation, SearchParameters parameters, Paging paging, List<Locale> languages) {
        var filter = parameters.filter();
        return new Question(operation, filter, SearchOrder.parse(paging.sort, filter.hasText()), paging.page, paging.size,
                List.copyOf(languages), LocalDate.now(ZoneOffset.UTC));
    }

    private Page<Organisation> find(SearchParameters parameters, Paging paging) {
        var filter = parameters.filter();
        return search.find(filter, SearchOrder.parse(paging.sort, filter.hasText()), paging.page, paging.size);
    }

    /** Order and paging of a search. */
    public static class Paging {

        @QueryParam("sort")
        @Pattern(regexp = "relevance|name|-name|registeredAt|-registeredAt",
                message = "must be one of relevance, name, -name, registeredAt, -registeredAt")
        String sort;

        @QueryParam("page")
        @DefaultValue("0")
        @Min(0)
        @Max(10_000)
        int page;

        @QueryParam("size")
        @DefaultValue("20")
        @Min(1)
        @Max(Page.MAX_SIZE)
        int size;
    }

    @GET
    @Path("counts")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "countOrganisations", summary = "Count organisations by country, type and sector",
            description = "Public. The map of the industry: how many organisations the filters find, by country, by "
                    + "type and by NACE section (an organisation counts once in each of its sections).")
    @APIResponse(responseCode = "200", description = "The counts, largest first",
            content = @Content(schema = @Schema(implementation = Counts.class)))
    public Counts counts(@BeanParam @Valid SearchParameters parameters,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return answer(new Question("counts", parameters.filter(), null, 0, 0, List.of(), LocalDate.now(ZoneOffset.UTC)), null,
                cacheControl,
                () -> search.counts(parameters.filter()));
    }

    @GET
    @Path("map")
    @PermitAll
    @Produces(GEO_JSON)
    @Operation(operationId = "mapOrganisations", summary = "Organisations as GeoJSON points",
            description = "Public. A GeoJSON FeatureCollection of the located organisations the filters find, by "
                    + "name, up to limit; numberMatched tells how many there are in all.")
    @APIResponse(responseCode = "200", description = "A FeatureCollection; coordinates are [longitude, latitude]",
            content = @Content(mediaType = GEO_JSON, schema = @Schema(implementation = OrganisationMap.class)))
    public OrganisationMap map(@BeanParam @Valid SearchParameters parameters,
            @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(MAX_MAP_POINTS) int limit) {
        return OrganisationMap.of(search.map(parameters.filter(), limit));
    }
}
