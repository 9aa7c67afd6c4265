package org.ridercoop.consulting.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Whom the board grants read access: a consultant's e-mail address (as in their account) and name. */
public record GrantConsultant(
        @NotNull(message = "is required") @Email(message = "is not an e-mail address")
        @Pattern(regexp = "(?s).{3,320}", message = "is not an e-mail address") String email,
        @NotNull(message = "is required") @Pattern(regexp = "(?s)(?=.*\\S).{1,200}", message = "is required, at most 200 characters") String name) {
}
