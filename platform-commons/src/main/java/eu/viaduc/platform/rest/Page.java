package eu.viaduc.platform.rest;

import java.util.List;

/**
 * One page of a list: the items, where the page is, and how many items the whole list has.
 *
 * @param page  zero-based page number
 * @param size  the page size asked for
 * @param total items in the whole list
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The largest page a client may ask for. */
    public static final int MAX_SIZE = 200;
}
