package eu.viaduc.platform.problem;

import java.util.List;

import eu.viaduc.platform.problem.Problem.Violation;

/** Thrown by service code to answer with a problem document instead of a result. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Violation> violations;

    public ProblemException(int status, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not Found", "no " + what + " with id " + id, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "Invalid request", field + " " + message, List.of(new Violation(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
