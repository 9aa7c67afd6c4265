package org.ridercoop.web.platform.api;


/** The API refused a change and said why. */
public class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ApiProblem(Problem problem) {
        super(problem.status() + " " + problem.type() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
