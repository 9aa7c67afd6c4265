package org.ridercoop.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole number, or the size of a collection, between {@code min} and {@code max} inclusive; null passes (pair
 * with {@code @NotNull}). Used on request records instead of {@code @Min}/{@code @Max}/{@code @Size}: Payara
 * 6.2025.10's OpenAPI generator fails with a NullPointerException on those when they sit on record components.
 */
@Documented
@Constraint(validatedBy = {WithinValidator.ForNumber.class, WithinValidator.ForCollection.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Within {
    long min();

    long max();

    String message() default "must be between {min} and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
