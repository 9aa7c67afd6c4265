package org.ridercoop.platform.problem;

/** One invalid field of a request: where (a JSON path such as {@code shares} or {@code address.city}) and why. */
public record FieldError(String field, String message) {
}
