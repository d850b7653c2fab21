package eu.viaduc.exchange.offer.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import eu.viaduc.exchange.offer.service.HostingOffers;
import eu.viaduc.platform.rest.Page;
import eu.viaduc.platform.rest.Patterns;

/**
 * Filters of the offer search. Ids and dates arrive as checked strings: JAX-RS would answer 404, not a
 * 400 naming the parameter, to one it cannot convert.
 */
public class OfferSearchParameters {

    static final String DATE_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    @QueryParam("programmeId")
    @Pattern(regexp = Patterns.UUID, message = "must be a programme id")
    String programmeId;

    @QueryParam("country")
    @Parameter(description = "The host's country, ISO 3166-1 alpha-2")
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
    String country;

    @QueryParam("valueChain")
    @Size(max = 100)
    String valueChain;

    @QueryParam("language")
    @Parameter(description = "A language the host speaks with visitors, ISO 639-1")
    @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as en")
    String language;

    @QueryParam("from")
    @Parameter(description = "Offers available on some day from this date (YYYY-MM-DD)")
    @Pattern(regexp = DATE_PATTERN, message = "must be a date YYYY-MM-DD")
    String from;

    @QueryParam("until")
    @Parameter(description = "Offers available on some day until this date (YYYY-MM-DD)")
    @Pattern(regexp = DATE_PATTERN, message = "must be a date YYYY-MM-DD")
    String until;

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

    HostingOffers.Search search() {
        return new HostingOffers.Search(programmeId == null ? null : UUID.fromString(programmeId), country, valueChain,
                language, date("from", from), date("until", until), page, size);
    }

    private static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw eu.viaduc.platform.problem.ProblemException.invalid(field, "is not a date of the calendar");
        }
    }
}
