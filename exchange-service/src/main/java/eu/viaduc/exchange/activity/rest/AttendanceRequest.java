package eu.viaduc.exchange.activity.rest;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attendance", description = "The registrations whose person came; every other place is recorded absent",
        examples = """
        {"present": ["5e9a0000-0000-4000-8000-000000000001", "5e9a0000-0000-4000-8000-000000000002"]}""")
public record AttendanceRequest(@NotNull @Size(max = 10000) Set<@NotNull UUID> present) {
}
