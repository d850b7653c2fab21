package eu.viaduc.platform.rest;

/**
 * Syntax of parameters that arrive as checked strings: JAX-RS would answer 404, not a 400 naming the
 * parameter, to a value it cannot convert.
 */
public final class Patterns {

    /** A UUID in its canonical text form, for {@code @Pattern} on a query parameter. */
    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private Patterns() {
    }
}
