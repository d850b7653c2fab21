package eu.viaduc.members.cluster.model;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cluster's excellence label and the day it stops being valid. */
@Schema(name = "ExcellenceLabel", examples = """
        {"level": "SILVER", "validUntil": "2027-06-30"}""")
public record ExcellenceLabel(@NotNull LabelLevel level, @NotNull LocalDate validUntil) {

    public boolean isValidOn(LocalDate day) {
        return !validUntil.isBefore(day);
    }
}
