package eu.viaduc.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When a deprecated operation ({@link Deprecated}, which also marks it {@code deprecated} in the
 * OpenAPI document) goes, and what replaces it: {@link DeprecationHeaders} tells every caller.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sunset {

    /** The day it was deprecated, ISO-8601 (2027-01-31). */
    String deprecatedOn();

    /** The day it stops answering, ISO-8601; at least six months after {@link #deprecatedOn}. */
    String on();

    /** The path of the operation that replaces it, such as /api/v2/organisations. */
    String successor();
}
