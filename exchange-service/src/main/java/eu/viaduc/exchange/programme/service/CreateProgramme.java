package eu.viaduc.exchange.programme.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.platform.members.MembersDirectory;
import eu.viaduc.exchange.programme.events.ProgrammeEvents;
import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.exchange.programme.rest.ProgrammeRequest;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/** An alliance's managers (or a platform admin) open a programme for the alliance. */
@ApplicationScoped
public class CreateProgramme {

    private final EntityManager entityManager;
    private final MembersDirectory directory;
    private final ProgrammeEvents events;
    private final Caller caller;

    @Inject
    public CreateProgramme(EntityManager entityManager, MembersDirectory directory, ProgrammeEvents events, Caller caller) {
        this.entityManager = entityManager;
        this.directory = directory;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public Programme create(ProgrammeRequest request) {
        if (!caller.mayManageAlliance(request.allianceId())) {
            throw ProblemException.forbidden("only the alliance's managers create its programmes");
        }
        if (!directory.allianceExists(request.allianceId())) {
            throw ProblemException.invalid("allianceId", "names no alliance known to exchange-service");
        }
        Programme programme = Programme.create(request.allianceId(), ProgrammeDefinitions.settings(request), caller.id());
        entityManager.persist(programme);
        entityManager.flush();
        events.changed(programme);
        return programme;
    }
}
