package eu.viaduc.members.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import eu.viaduc.platform.rest.Sunset;

/** Test only: an operation on its way out, and the one that stays. Nothing is deprecated in the real API yet. */
@Path("/api/v1/deprecation-probe")
@Produces(MediaType.TEXT_PLAIN)
public class DeprecationProbeResource {

    @GET
    @PermitAll
    @Deprecated
    @Sunset(deprecatedOn = "2027-01-31", on = "2027-07-31", successor = "/api/v2/deprecation-probe")
    public String old() {
        return "still answering";
    }

    @GET
    @Path("current")
    @PermitAll
    public String current() {
        return "here to stay";
    }
}
