package eu.viaduc.matchmaking.opportunity.rest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import eu.viaduc.matchmaking.opportunity.model.OpportunityStatus;
import eu.viaduc.matchmaking.opportunity.model.OpportunityType;
import eu.viaduc.matchmaking.opportunity.service.OpportunitySearch;
import eu.viaduc.platform.rest.Page;
import eu.viaduc.platform.rest.Patterns;

/**
 * Filters of the opportunity search. Enums and ids arrive as checked strings: JAX-RS would answer 404,
 * not a 400 naming the parameter, to one it cannot convert.
 */
public class OpportunitySearchParameters {

    @QueryParam("q")
    @Parameter(description = "Words, read in every language (stemmed where PostgreSQL can); \"quoted phrases\" and -excluded words work")
    @Size(max = 200)
    String text;

    @QueryParam("type")
    @Pattern(regexp = "BUSINESS_OFFER|BUSINESS_REQUEST|TECHNOLOGY_OFFER|TECHNOLOGY_REQUEST|PARTNER_SEARCH|URGENT_NEED|BUYER_REQUEST",
            message = "must be one of BUSINESS_OFFER, BUSINESS_REQUEST, TECHNOLOGY_OFFER, TECHNOLOGY_REQUEST, PARTNER_SEARCH, URGENT_NEED, BUYER_REQUEST")
    String type;

    @QueryParam("competence")
    @Parameter(description = "A competence id the opportunity requires")
    @Size(max = 100)
    String competence;

    @QueryParam("naceCode")
    @Parameter(description = "A NACE code or prefix: C finds the whole section, 13 or C13 the division")
    @Size(max = 10)
    String naceCode;

    @QueryParam("country")
    @Parameter(description = "Opportunities seeking partners in this country (ISO 3166-1 alpha-2), or anywhere")
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
    String country;

    @QueryParam("organisationId")
    @Pattern(regexp = Patterns.UUID, message = "must be an organisation id")
    String organisationId;

    @QueryParam("status")
    @Parameter(description = "PUBLISHED unless given; DRAFT only with the organisationId of an organisation whose people you are")
    @Pattern(regexp = "DRAFT|PUBLISHED|CLOSED|EXPIRED", message = "must be one of DRAFT, PUBLISHED, CLOSED, EXPIRED")
    String status;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(10000)
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(Page.MAX_SIZE)
    int size;

    OpportunitySearch.Criteria criteria() {
        return new OpportunitySearch.Criteria(text == null || text.isBlank() ? null : text.strip(),
                type == null ? null : OpportunityType.valueOf(type), competence, naceCode, country,
                organisationId == null ? null : UUID.fromString(organisationId),
                status == null ? null : OpportunityStatus.valueOf(status), page, size);
    }
}
