package eu.viaduc.platform.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer of a deprecated operation says so, so that integrators' clients and monitoring
 * notice before it goes: {@code Deprecation} (RFC 9745, the day as a structured date),
 * {@code Sunset} (RFC 8594) and a {@code Link} to the successor, from the method's {@link Sunset}.
 */
public class DeprecationHeaders {

    /** An HTTP date (RFC 9110 IMF-fixdate): two-digit day, English names, GMT. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    @ServerResponseFilter
    public void announce(ResourceInfo resource, ContainerResponseContext response) {
        if (resource.getResourceMethod() == null) {
            return;
        }
        Sunset sunset = resource.getResourceMethod().getAnnotation(Sunset.class);
        if (sunset == null || !resource.getResourceMethod().isAnnotationPresent(Deprecated.class)) {
            return;
        }
        long deprecatedAt = LocalDate.parse(sunset.deprecatedOn()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        response.getHeaders().putSingle("Deprecation", "@" + deprecatedAt);
        response.getHeaders().putSingle("Sunset", HTTP_DATE.format(LocalDate.parse(sunset.on()).atStartOfDay(ZoneOffset.UTC)));
        response.getHeaders().add("Link", "<" + sunset.successor() + ">; rel=\"successor-version\"");
    }
}
