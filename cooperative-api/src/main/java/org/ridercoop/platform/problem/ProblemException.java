package org.ridercoop.platform.problem;

/**
 * A failure a client can act on, answered as problem+json with its own status. Features throw the
 * factories below (or subclasses) from their rules; nothing else decides the status code.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()));
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 404. Also what another cooperative's object answers: its existence is not confirmed. */
    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " was not found."));
    }

    /** 403: the caller is known to the cooperative, but not in a capacity that allows this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    /** 409: a duplicate, or a change based on a stale version. */
    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(Problem.of(409, slug, "Conflict", detail));
    }

    /** 400 for one field, as Bean Validation would answer it: for a rule that depends on other fields. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.of(400, "validation", "Invalid request", "Some fields are invalid; see errors.")
                .withErrors(java.util.List.of(new FieldError(field, message))));
    }

    /** 422: the request is well-formed but a rule of the cooperative or of the law forbids it. */
    public static ProblemException ruleViolated(String rule, String detail) {
        return new ProblemException(Problem.of(422, rule, "Rule violated", detail));
    }
}
