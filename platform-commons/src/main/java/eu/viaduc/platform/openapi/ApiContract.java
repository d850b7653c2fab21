package eu.viaduc.platform.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import eu.viaduc.platform.problem.ProblemResponsesFilter;

/**
 * The one OpenAPI filter every service runs (MicroProfile takes a single {@code mp.openapi.filter}):
 * error responses documented as problems, response fields marked always present, conditional reads,
 * and examples for pages of lists.
 */
public class ApiContract implements OASFilter {

    private final OASFilter[] steps = { new ProblemResponsesFilter(), new AlwaysPresentFields(), new NotModifiedResponses(),
        new PageExamples() };

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (OASFilter step : steps) {
            step.filterOpenAPI(openAPI);
        }
    }
}
