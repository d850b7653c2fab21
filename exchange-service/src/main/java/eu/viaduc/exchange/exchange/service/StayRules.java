package eu.viaduc.exchange.exchange.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.exchange.exchange.model.StayTerms;
import eu.viaduc.platform.members.MemberOrganisation;
import eu.viaduc.platform.members.MembersDirectory;
import eu.viaduc.exchange.offer.model.HostingOffer;
import eu.viaduc.exchange.programme.model.ParticipantCategory;
import eu.viaduc.exchange.programme.model.Programme;
import eu.viaduc.exchange.programme.service.LumpSumRules;
import eu.viaduc.exchange.programme.service.WorkingDays;
import eu.viaduc.platform.problem.ProblemException;

/**
 * The programme's rules for a stay, checked from this service's own read models of members' events
 * whenever an application is made or submitted: a 400 naming the field when one does not hold.
 */
@ApplicationScoped
public class StayRules {

    private final MembersDirectory directory;
    private final WorkingDays workingDays;

    @Inject
    public StayRules(MembersDirectory directory, WorkingDays workingDays) {
        this.directory = directory;
        this.workingDays = workingDays;
    }

    public StayTerms check(Programme programme, HostingOffer offer, UUID visitorOrganisationId, LocalDate startsOn,
            LocalDate endsOn) {
        if (offer.status() != HostingOffer.Status.OPEN) {
            throw ProblemException.invalid("offerId", "names a hosting offer that was withdrawn");
        }
        MemberOrganisation visitor = directory.organisation(visitorOrganisationId).orElseThrow(() ->
                ProblemException.invalid("visitorOrganisationId", "names no organisation known to exchange-service"));
        MemberOrganisation host = directory.organisation(offer.hostOrganisationId()).orElseThrow(() ->
                ProblemException.invalid("offerId", "names an offer whose host is no longer on the map"));
        if (visitor.id().equals(host.id())) {
            throw ProblemException.invalid("offerId", "is the visitor's own offer");
        }
        if (visitor.country().equals(host.country())) {
            throw ProblemException.invalid("offerId", "is hosted in " + host.country()
                    + ", the visitor's own country: an exchange crosses a border");
        }
        if (directory.activeClustersInAlliance(visitor.id(), programme.allianceId()).isEmpty()) {
            throw ProblemException.invalid("visitorOrganisationId",
                    "is not an active member of a cluster of the programme's alliance");
        }
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
        if (!programme.covers(startsOn, endsOn)) {
            throw ProblemException.invalid("startsOn", "the stay must lie inside the programme's period "
                    + programme.startsOn() + " to " + programme.endsOn());
        }
        if (!offer.covers(startsOn, endsOn)) {
            throw ProblemException.invalid("startsOn", "the stay must lie inside the host's availability "
                    + offer.availableFrom() + " to " + offer.availableUntil());
        }
        int days = workingDays.between(startsOn, endsOn, host.country());
        if (days < programme.minWorkingDays() || days > programme.maxWorkingDays()) {
            List<LocalDate> holidays = workingDays.holidaysDuring(startsOn, endsOn, host.country());
            throw ProblemException.invalid("endsOn", "the stay has " + days + " working days in " + host.country()
                    + (holidays.isEmpty() ? "" : " (public holidays left out: " + holidays + ")")
                    + "; the programme allows " + programme.minWorkingDays() + " to " + programme.maxWorkingDays()
                    + ", travel days excluded");
        }
        BigDecimal fullAmount = programme.lumpSum(host.country()).orElseThrow(() ->
                ProblemException.invalid("offerId", "is hosted in " + host.country()
                        + ", a country for which the programme sets no lump sum"));
        Double distance = visitor.hasPoint() && host.hasPoint()
                ? LumpSumRules.distanceKm(visitor.latitude(), visitor.longitude(), host.latitude(), host.longitude())
                : null;
        return new StayTerms(programme.id(), offer.id(), visitor.id(), host.id(),
                ParticipantCategory.ofOrganisationType(visitor.type()), visitor.country(), host.country(),
                offer.valueChain(), startsOn, endsOn,
                LumpSumRules.of(programme.currency(), host.country(), fullAmount, days, distance));
    }
}
