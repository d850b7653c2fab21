package eu.viaduc.exchange.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import eu.viaduc.exchange.ProgrammeWorld;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;

/**
 * Who may make each move of an exchange, and who sees it: every operation against every kind of
 * caller, each on an exchange brought to the state the move starts from. A caller who may not make
 * the move gets 403 whatever the state; 401 without a token.
 */
@QuarkusTest
class ExchangeAccessMatrixTest {

    enum Who { ANONYMOUS, PARTNER_APP, UNAFFILIATED, VISITOR_EDITOR, HOST_EDITOR, VISITOR_CLUSTER_MANAGER,
        HOST_CLUSTER_MANAGER, ALLIANCE_MANAGER, PLATFORM_ADMIN }

    static ProgrammeWorld world;

    /** A row: the move, the state it starts from, then the status for each caller in the order of {@link Who}. */
    record Row(String step, String from, int... statuses) {
    }

    private static final List<Row> ROWS = List.of(
            //                                     ANON PART UNAF VIS  HOST VCM  HCM  ALLI ADMIN
            new Row("read", "DRAFT",               401, 403, 403, 200, 200, 200, 403, 200, 200),
            new Row("submission", "DRAFT",         401, 403, 403, 200, 403, 403, 403, 403, 403),
            new Row("validation", "SUBMITTED",     401, 403, 403, 403, 403, 200, 403, 403, 200),
            // the host is a party to rejections, but only once the cluster validated: a conflict before
            new Row("rejection", "SUBMITTED",      401, 403, 403, 403, 409, 200, 403, 403, 200),
            new Row("rejection", "VALIDATED",      401, 403, 403, 403, 200, 409, 403, 403, 409),
            new Row("acceptance", "VALIDATED",     401, 403, 403, 403, 200, 403, 403, 403, 403),
            new Row("commitment", "MATCHED",       401, 403, 403, 200, 200, 403, 403, 403, 403),
            new Row("closing-report", "AGREED",    401, 403, 403, 200, 403, 403, 403, 403, 403),
            new Row("report-validation", "COMPLETED", 401, 403, 403, 403, 403, 200, 403, 200, 200),
            new Row("withdrawal", "SUBMITTED",     401, 403, 403, 200, 403, 403, 403, 403, 403),
            new Row("cancellation", "VALIDATED",   401, 403, 403, 403, 403, 200, 403, 200, 200),
            new Row("cancellation", "MATCHED",     401, 403, 403, 403, 200, 200, 403, 200, 200));

    @Test
    void eachMoveIsAllowedOnlyToTheRightPeople() {
        world = ProgrammeWorld.standard();
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (Row row : ROWS) {
            for (Who who : Who.values()) {
                UUID exchange = exchangeIn(row.from());
                int status = call(who, row.step(), exchange).statusCode();
                int expected = row.statuses()[who.ordinal()];
                checked.merge(row.step(), 1, Integer::sum);
                if (status != expected) {
                    mismatches.add(row.step() + " from " + row.from() + " by " + who + ": " + status + ", expected " + expected);
                }
            }
        }
        System.out.printf("exchange access matrix: %d cases checked%n", checked.values().stream().mapToInt(i -> i).sum());
        assertThat(mismatches).isEmpty();
    }

    private static Response call(Who who, String step, UUID exchange) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        String token = token(who);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (step.equals("read")) {
            return request.get("/api/v1/exchanges/" + exchange);
        }
        Object body = step.equals("closing-report")
                ? Map.of("report", "Done", "outcomes", List.of("A contact"))
                : Map.of("reason", "a reason");
        return request.body(body).post("/api/v1/exchanges/" + exchange + "/" + step);
    }

    private static String token(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case PARTNER_APP -> TestTokens.forRole(Roles.PARTNER_APP);
            case UNAFFILIATED -> TestTokens.person();
            case VISITOR_EDITOR -> TestTokens.person(world.visitorEditor);
            case HOST_EDITOR -> TestTokens.person(world.hostEditor);
            case VISITOR_CLUSTER_MANAGER -> TestTokens.person(world.bulgarianClusterManager);
            case HOST_CLUSTER_MANAGER -> TestTokens.person(world.spanishClusterManager);
            case ALLIANCE_MANAGER -> TestTokens.person(world.allianceManager);
            case PLATFORM_ADMIN -> TestTokens.forRole(Roles.PLATFORM_ADMIN);
        };
    }

    /** An exchange brought to the state, in a programme of its own (an organisation visits once per programme). */
    private static UUID exchangeIn(String state) {
        ProgrammeWorld.Round round = world.anotherRound();
        UUID exchange = UUID.fromString(world.apply(world.visitor, world.visitorEditor, round.offer(), "2026-06-08",
                "2026-06-12").then().statusCode(201).extract().path("id"));
        List<String> path = List.of("DRAFT", "SUBMITTED", "VALIDATED", "MATCHED", "AGREED", "COMPLETED");
        List<String[]> moves = List.of(new String[] {"submission", world.visitorEditor},
                new String[] {"validation", world.bulgarianClusterManager}, new String[] {"acceptance", world.hostEditor},
                new String[] {"commitment", world.visitorEditor}, new String[] {"closing-report", world.visitorEditor});
        for (int i = 0; i < path.indexOf(state); i++) {
            if (moves.get(i)[0].equals("commitment")) {
                world.move(exchange, "commitment", world.hostEditor).then().statusCode(200);
            }
            call(moves.get(i)[1], moves.get(i)[0], exchange).then().statusCode(200);
        }
        return exchange;
    }

    private static Response call(String subject, String step, UUID exchange) {
        Object body = step.equals("closing-report")
                ? Map.of("report", "Done", "outcomes", List.of("A contact"))
                : Map.of("reason", "a reason");
        return given().auth().oauth2(TestTokens.person(subject)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/exchanges/" + exchange + "/" + step);
    }
}
