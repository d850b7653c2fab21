package eu.viaduc.members.memberfile.service;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.hibernate.Session;

import eu.viaduc.members.memberfile.service.ImportReport.RejectedRow;
import eu.viaduc.members.membership.service.MembershipService;
import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.organisation.model.OrganisationProfile;
import eu.viaduc.members.organisation.model.RegistrationIds;
import eu.viaduc.platform.database.FreshPlans;
import eu.viaduc.platform.outbox.Outbox;
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
    /**
     * Rows are imported this many at a time: looked up on the map with one statement, written with batched
     * inserts (organisations, memberships, their events), then the persistence context is cleared, so a
     * large file costs linear time and a few round trips per chunk rather than several per row.
     */
    private static final int ROWS_PER_CHUNK = 500;

    private final EntityManager entityManager;
    private final OrganisationEvents organisationEvents;
    private final MembershipService memberships;
    private final Validator validator;
    private final Outbox outbox;

    @Inject
    public MemberFileImport(EntityManager entityManager, OrganisationEvents organisationEvents,
            MembershipService memberships, Validator validator, Outbox outbox) {
        this.entityManager = entityManager;
        this.organisationEvents = organisationEvents;
        this.memberships = memberships;
        this.validator = validator;
        this.outbox = outbox;
    }

    /**
     * Imports a file that {@link SubmitMemberFile} accepted (the submitter manages the cluster, the header
     * is right), as that submitter. A 50,000-row file takes minutes: the transaction may last up to 30
     * of them. Every {@value #ROWS_PER_CHUNK} rows, {@code progress} hears how many are done.
     */
    @Transactional
    @TransactionConfiguration(timeout = 1_800)
    public ImportReport importFile(UUID clusterId, Reader file, String importedBy, IntConsumer progress) {
        Counter counter = new Counter();
        Map<String, Long> lineOfKey = new HashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(file)) {
            MemberFileFormat.requireHeader(parser.getHeaderNames());
            List<CSVRecord> chunk = new ArrayList<>(ROWS_PER_CHUNK);
            for (CSVRecord row : parser) {
                if (++counter.rows > MAX_ROWS) {
                    throw ProblemException.invalid("file", "has more than " + MAX_ROWS + " rows; split it");
                }
                chunk.add(row);
                if (chunk.size() == ROWS_PER_CHUNK) {
                    importChunk(clusterId, chunk, lineOfKey, counter, importedBy);
                    chunk.clear();
                    progress.accept(counter.rows);
                }
            }
            importChunk(clusterId, chunk, lineOfKey, counter, importedBy);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports malformed CSV (an unclosed quote, a row with more columns than the header) so
            throw ProblemException.invalid("file", "is not valid CSV: " + e.getMessage());
        }
        // a chunk's rows are refused in two passes (their own checks, then against the map): reported in file order
        counter.rejected.sort(Comparator.comparingLong(RejectedRow::line));
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

    private void importChunk(UUID clusterId, List<CSVRecord> chunk, Map<String, Long> lineOfKey, Counter counter,
            String importedBy) {
        List<ValidRow> valid = new ArrayList<>(chunk.size());
        for (CSVRecord row : chunk) {
            long line = row.getRecordNumber() + 1;
            try {
                valid.add(read(row, line, lineOfKey));
            } catch (ProblemException problem) {
                reject(counter, line, problem);
            }
        }
        Map<String, UUID> onTheMap = existing(valid);
        // created by earlier rows of this chunk, by name and country: the chunk was looked up before any of them
        // existed, and a row without registration id names the organisation of an earlier row that had one
        Map<String, UUID> createdByName = new HashMap<>();
        outbox.appendingTogether(() -> valid.forEach(row -> {
            UUID existing = onTheMap.get(row.key());
            if (existing == null && row.registrationId() == null) {
                existing = createdByName.get(row.nameKey());
            }
            UUID created = admit(clusterId, row, existing, counter, importedBy);
            if (created != null) {
                createdByName.putIfAbsent(row.nameKey(), created);
            }
        }));
        // appendingTogether has flushed the chunk: its entities leave the persistence context before the next
        entityManager.clear();
    }

    /** A row's profile, checked; a row that repeats an earlier one of the file is refused. */
    private ValidRow read(CSVRecord row, long line, Map<String, Long> lineOfKey) {
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
        ValidRow valid = new ValidRow(line, profile, registrationId);
        Long earlierLine = lineOfKey.putIfAbsent(valid.key(), line);
        if (earlierLine != null) {
            throw ProblemException.invalid(registrationId != null ? "registrationId" : "name",
                    "repeats the organisation of line " + earlierLine);
        }
        return valid;
    }

    /**
     * The row's organisation, registered unless it is on the map already, becomes a member of the cluster.
     * Returns the organisation registered by this row, if any.
     */
    private UUID admit(UUID clusterId, ValidRow row, UUID existingId, Counter counter, String importedBy) {
        try {
            UUID organisationId = existingId;
            boolean created = organisationId == null;
            if (created) {
                Organisation organisation = Organisation.register(row.profile(), importedBy);
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
            return created ? organisationId : null;
        } catch (ProblemException problem) {
            reject(counter, row.line(), problem);
            return null;
        }
    }

    private static void reject(Counter counter, long line, ProblemException problem) {
        Violation violation = problem.violations().isEmpty() ? new Violation("row", problem.getMessage())
                : problem.violations().get(0);
        counter.rejected.add(new RejectedRow(line, violation.field(), violation.message()));
    }

    /**
     * The rows on the map already, by key: the same registration id or, without one, the same name and
     * country (the oldest such organisation). Two statements for the whole chunk.
     */
    private Map<String, UUID> existing(List<ValidRow> rows) {
        List<String> registrationIds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (ValidRow row : rows) {
            if (row.registrationId() != null) {
                registrationIds.add(row.registrationId());
            } else {
                names.add(row.lowerCaseName());
                countries.add(row.profile().country());
            }
        }
        Map<String, UUID> found = new HashMap<>();
        if (!registrationIds.isEmpty()) {
            lookUp("""
                    select 'id:' || registration_id, id from organisation
                    where registration_id = any(?) and deleted_at is null""", found, registrationIds);
        }
        if (!names.isEmpty()) {
            // one index lookup per name, written so that the planner cannot choose otherwise: as a join, it sorted
            // the whole table to merge it with the chunk's names once its statistics had grown (250 ms a chunk)
            lookUp("""
                    select 'name:' || wanted.name || '|' || wanted.country, oldest.id
                    from unnest(?, ?::char(2)[]) wanted (name, country)
                    cross join lateral (
                        select o.id from organisation o
                        where lower(o.name) = wanted.name and o.country = wanted.country and o.deleted_at is null
                        order by o.registered_at limit 1) oldest""", found, names, countries);
        }
        return found;
    }

    @SafeVarargs
    private void lookUp(String sql, Map<String, UUID> found, List<String>... arrays) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            // the file's own rows grow the table within its transaction, which no statistics see
            try (PreparedStatement select = FreshPlans.plannedEachTime(connection.prepareStatement(sql))) {
                for (int i = 0; i < arrays.length; i++) {
                    select.setArray(i + 1, connection.createArrayOf("text", arrays[i].toArray(String[]::new)));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), rows.getObject(2, UUID.class));
                    }
                }
            }
        });
    }

    /** A row that passed its checks, and the key that finds its organisation on the map. */
    private record ValidRow(long line, OrganisationProfile profile, String registrationId) {

        String lowerCaseName() {
            return profile.name().strip().toLowerCase(Locale.ROOT);
        }

        String key() {
            return registrationId != null ? "id:" + registrationId : nameKey();
        }

        String nameKey() {
            return "name:" + lowerCaseName() + "|" + profile.country();
        }
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
