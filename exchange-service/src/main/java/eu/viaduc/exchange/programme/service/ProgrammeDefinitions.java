package eu.viaduc.exchange.programme.service;

import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeMap;

import eu.viaduc.exchange.programme.model.CategoryTarget;
import eu.viaduc.exchange.programme.model.ParticipantCategory;
import eu.viaduc.exchange.programme.model.ProgrammeSettings;
import eu.viaduc.exchange.programme.rest.ProgrammeRequest;
import eu.viaduc.platform.problem.ProblemException;

/** Checks what the field annotations cannot (one field against another) and turns a request into settings. */
final class ProgrammeDefinitions {

    private ProgrammeDefinitions() {
    }

    static ProgrammeSettings settings(ProgrammeRequest request) {
        if (!request.endsOn().isAfter(request.startsOn())) {
            throw ProblemException.invalid("endsOn", "must be after startsOn");
        }
        if (request.stay().maxWorkingDays() < request.stay().minWorkingDays()) {
            throw ProblemException.invalid("stay.maxWorkingDays", "must not be below stay.minWorkingDays");
        }
        Set<ParticipantCategory> seen = EnumSet.noneOf(ParticipantCategory.class);
        for (ProgrammeRequest.Target target : request.targets()) {
            if (!seen.add(target.category())) {
                throw ProblemException.invalid("targets", "names " + target.category() + " twice");
            }
        }
        if (seen.size() != ParticipantCategory.values().length) {
            throw ProblemException.invalid("targets", "must give a target for each of the categories "
                    + EnumSet.allOf(ParticipantCategory.class) + " (0 and capped to keep a category out)");
        }
        return new ProgrammeSettings(request.name().strip(), request.startsOn(), request.endsOn(),
                request.stay().minWorkingDays(), request.stay().maxWorkingDays(),
                request.targets().stream().map(target -> new CategoryTarget(target.category(), target.target(),
                        target.capped())).toList(),
                new TreeMap<>(request.lumpSums()),
                request.budget().amount().setScale(2, RoundingMode.UNNECESSARY), request.budget().currency());
    }
}
