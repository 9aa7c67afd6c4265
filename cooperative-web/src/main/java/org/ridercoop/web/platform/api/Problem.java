package org.ridercoop.web.platform.api;

import java.util.List;

/** An {@code application/problem+json} answer of the API; {@code errors} name the fields a request got wrong. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** {@code field} is the path in the request body, e.g. {@code founders[2].shares}. */
    public record FieldError(String field, String message) {
    }
}
