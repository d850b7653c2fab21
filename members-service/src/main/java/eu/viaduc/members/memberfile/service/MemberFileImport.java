package eu.viaduc.members.memberfile.service;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import eu.viaduc.members.memberfile.service.ImportReport.RejectedRow;
import eu.viaduc.members.membership.service.MembershipService;
import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.organisation.model.OrganisationProfile;
import eu.viaduc.members.organisation.model.RegistrationIds;
import eu.viaduc.platform.problem.Problem.Violation;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.problem.ProblemMappers;

/**
 * Imports a cluster's member file: each valid row becomes an organisation (unless it is already on
 * the map) with an active membership of the cluster; each invalid row is reported with its reason.
 * The whole file is one transaction: a failure of the database leaves nothing half-imported.
 */
@ApplicationScoped
public class MemberFileImport {

    public static final int MAX_ROWS = 50_000;
    /** The persistence context is cleared this often, so a large file costs linear time. */
    private static final int ROWS_PER_FLUSH = 50;
    private static final int ROWS_PER_PROGRESS = 500;

    private final EntityManager entityManager;
    private final OrganisationEvents organisationEvents;
    private final MembershipService memberships;
    private final Validator validator;

    @Inject
    public MemberFileImport(EntityManager entityManager, OrganisationEvents organisationEvents,
            MembershipService memberships, Validator validator) {
        this.entityManager = entityManager;
        this.organisationEvents = organisationEvents;
        this.memberships = memberships;
        this.validator = validator;
    }

    /**
     * Imports a file that {@link SubmitMemberFile} accepted (the submitter manages the cluster, the header
     * is right), as that submitter. A 50,000-row file takes minutes: the transaction may last up to 30
     * of them. Every {@value #ROWS_PER_PROGRESS} rows, {@code progress} hears how many are done.
     */
    @Transactional
    @TransactionConfiguration(timeout = 1_800)
    public ImportReport importFile(UUID clusterId, Reader file, String importedBy, IntConsumer progress) {
        Counter counter = new Counter();
        Map<String, Long> lineOfKey = new HashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(file)) {
            MemberFileFormat.requireHeader(parser.getHeaderNames());
            for (CSVRecord row : parser) {
                if (++counter.rows > MAX_ROWS) {
                    throw ProblemException.invalid("file", "has more than " + MAX_ROWS + " rows; split it");
                }
                importRow(clusterId, row, lineOfKey, counter, importedBy);
                if (counter.rows % ROWS_PER_FLUSH == 0) {
                    entityManager.flush();
                    entityManager.clear();
                }
                if (counter.rows % ROWS_PER_PROGRESS == 0) {
                    progress.accept(counter.rows);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports malformed CSV (an unclosed quote, a row with more columns than the header) so
            throw ProblemException.invalid("file", "is not valid CSV: " + e.getMessage());
        }
        return new ImportReport(counter.rows, counter.created, counter.alreadyPresent, counter.activated, counter.proposed,
                counter.rejected);
    }

    /**
     * A file that is not CSV, has a wrong header or too many rows is refused when it is submitted,
     * before any job (reading its syntax takes well under a second for 50,000 rows).
     */
    public static void requireReadable(String file) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(file))) {
            MemberFileFormat.requireHeader(parser.getHeaderNames());
            long rows = 0;
            for (CSVRecord ignored : parser) {
                if (++rows > MAX_ROWS) {
                    throw ProblemException.invalid("file", "has more than " + MAX_ROWS + " rows; split it");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw ProblemException.invalid("file", "is not valid CSV: " + e.getMessage());
        }
    }

    private void importRow(UUID clusterId, CSVRecord row, Map<String, Long> lineOfKey, Counter counter, String importedBy) {
        long line = row.getRecordNumber() + 1;
        try {
            if (!row.isConsistent()) {
                throw ProblemException.invalid("row", "has " + row.size() + " values for " + row.getParser().getHeaderNames().size()
                        + " columns");
            }
            OrganisationProfile profile = MemberFileFormat.read(row);
            Set<ConstraintViolation<OrganisationProfile>> violations = validator.validate(profile);
            if (!violations.isEmpty()) {
                ConstraintViolation<OrganisationProfile> first = violations.iterator().next();
                throw ProblemException.invalid(ProblemMappers.fieldOf(first), first.getMessage());
            }
            String registrationId = profile.registrationId() == null ? null
                    : RegistrationIds.normalise("registrationId", profile.registrationId(), profile.country());
            String key = registrationId != null ? "id:" + registrationId
                    : "name:" + profile.name().strip().toLowerCase(Locale.ROOT) + "|" + profile.country();
            Long earlierLine = lineOfKey.putIfAbsent(key, line);
            if (earlierLine != null) {
                throw ProblemException.invalid(registrationId != null ? "registrationId" : "name",
                        "repeats the organisation of line " + earlierLine);
            }
            UUID organisationId = existing(profile, registrationId).orElse(null);
            boolean created = organisationId == null;
            if (created) {
                Organisation organisation = Organisation.register(profile, importedBy);
                entityManager.persist(organisation);
                organisationEvents.registered(organisation);
                organisationId = organisation.id();
                counter.created++;
            } else {
                counter.alreadyPresent++;
            }
            switch (memberships.admit(organisationId, clusterId, created, importedBy)) {
                case ACTIVATED, APPROVED -> counter.activated++;
                case PROPOSED -> counter.proposed++;
                case UNCHANGED -> { }
            }
        } catch (ProblemException problem) {
            Violation violation = problem.violations().isEmpty() ? new Violation("row", problem.getMessage())
                    : problem.violations().get(0);
            counter.rejected.add(new RejectedRow(line, violation.field(), violation.message()));
        }
    }

    /** A row is on the map already with the same registration id or, without one, the same name and country. */
    private Optional<UUID> existing(OrganisationProfile profile, String registrationId) {
        var query = registrationId != null
                ? entityManager.createNativeQuery("select id from organisation where registration_id = :id "
                        + "and deleted_at is null", UUID.class).setParameter("id", registrationId)
                : entityManager.createNativeQuery("select id from organisation where lower(name) = :name "
                        + "and country = :country and deleted_at is null order by registered_at limit 1", UUID.class)
                        .setParameter("name", profile.name().strip().toLowerCase(Locale.ROOT))
                        .setParameter("country", profile.country());
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids.stream().findFirst();
    }

    private static final class Counter {
        int rows;
        int created;
        int alreadyPresent;
        int activated;
        int proposed;
        final List<RejectedRow> rejected = new ArrayList<>();
    }
}
