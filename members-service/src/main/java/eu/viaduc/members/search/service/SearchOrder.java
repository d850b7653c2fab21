package eu.viaduc.members.search.service;

/** How a search's results are sorted; ties are broken by id so pages never overlap. */
public enum SearchOrder {
    /** Names compared by code point, as the text index compares them, whatever the database's collation. */
    RELEVANCE("o.relevance desc, o.name collate \"C\", o.id"),
    NAME("o.name, o.id"),
    NAME_DESC("o.name desc, o.id"),
    REGISTERED("o.registered_at, o.id"),
    REGISTERED_DESC("o.registered_at desc, o.id");

    private final String orderBy;

    SearchOrder(String orderBy) {
        this.orderBy = orderBy;
    }

    /** The query parameter's spelling: name, -name, registeredAt, -registeredAt, relevance. */
    public static SearchOrder parse(String sort, boolean hasText) {
        if (sort == null) {
            return hasText ? RELEVANCE : NAME;
        }
        return switch (sort) {
            case "relevance" -> RELEVANCE;
            case "name" -> NAME;
            case "-name" -> NAME_DESC;
            case "registeredAt" -> REGISTERED;
            case "-registeredAt" -> REGISTERED_DESC;
            default -> throw new IllegalArgumentException(sort);
        };
    }

    String orderBy(OrganisationQuery query) {
        if (this == RELEVANCE) {
            return query.hasText() ? orderBy : NAME.orderBy;
        }
        return orderBy;
    }
}
