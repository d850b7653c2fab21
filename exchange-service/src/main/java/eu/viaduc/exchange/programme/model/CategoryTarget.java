package eu.viaduc.exchange.programme.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How many exchanges a programme aims at for a category, and whether that number is a cap on validations. */
@Embeddable
public class CategoryTarget {

    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    private ParticipantCategory category;
    @Column(name = "target")
    private int target;
    @Column(name = "capped")
    private boolean capped;

    protected CategoryTarget() {
        // for JPA
    }

    public CategoryTarget(ParticipantCategory category, int target, boolean capped) {
        this.category = category;
        this.target = target;
        this.capped = capped;
    }

    public ParticipantCategory category() {
        return category;
    }

    public int target() {
        return target;
    }

    public boolean capped() {
        return capped;
    }
}
