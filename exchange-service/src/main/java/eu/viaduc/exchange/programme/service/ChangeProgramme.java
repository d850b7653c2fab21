package eu.viaduc.exchange.programme.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.exchange.programme.events.ProgrammeEvents;
import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.exchange.programme.rest.ProgrammeRequest;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * The alliance's managers change a programme's rules. Exchanges validated before keep their lump
 * sum and place; the new rules apply to what is checked from now on.
 */
@ApplicationScoped
public class ChangeProgramme {

    private final EntityManager entityManager;
    private final Programmes programmes;
    private final ProgrammeEvents events;
    private final Caller caller;

    @Inject
    public ChangeProgramme(EntityManager entityManager, Programmes programmes, ProgrammeEvents events, Caller caller) {
        this.entityManager = entityManager;
        this.programmes = programmes;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public Programme change(UUID id, ProgrammeRequest request) {
        Programme programme = programmes.lock(id);
        if (!caller.mayManageAlliance(programme.allianceId())) {
            throw ProblemException.forbidden("only the alliance's managers change its programmes");
        }
        if (!programme.allianceId().equals(request.allianceId())) {
            throw ProblemException.invalid("allianceId", "cannot change: a programme stays with its alliance");
        }
        programme.change(ProgrammeDefinitions.settings(request));
        entityManager.flush();
        events.changed(programme);
        return programme;
    }
}
