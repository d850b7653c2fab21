package eu.viaduc.exchange.exchange.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * DRAFT -> SUBMITTED -> VALIDATED (the visitor's cluster) -> MATCHED (the host accepts) -> AGREED (both
 * sides signed the quality commitment) -> COMPLETED (closing report) -> CLOSED (report validated, lump
 * sum due); REJECTED, WITHDRAWN and CANCELLED end it on the way.
 */
public enum ExchangeState {
    DRAFT, SUBMITTED, VALIDATED, MATCHED, AGREED, COMPLETED, CLOSED, REJECTED, WITHDRAWN, CANCELLED;

    /** States that hold a place of the category's target and commit budget. */
    public static final Set<ExchangeState> HOLDING_A_PLACE = EnumSet.of(VALIDATED, MATCHED, AGREED, COMPLETED, CLOSED);

    /** States in which the host has accepted: the exchange holds a place of the hosting offer. */
    public static final Set<ExchangeState> HOSTED = EnumSet.of(MATCHED, AGREED, COMPLETED, CLOSED);

    public boolean isEnded() {
        return this == CLOSED || this == REJECTED || this == WITHDRAWN || this == CANCELLED;
    }
}
