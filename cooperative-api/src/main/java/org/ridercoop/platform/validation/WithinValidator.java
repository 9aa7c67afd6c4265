package org.ridercoop.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;

/** The checks of {@link Within}. */
public final class WithinValidator {
    private WithinValidator() {
    }

    public static final class ForNumber implements ConstraintValidator<Within, Number> {
        private long min;
        private long max;

        @Override
        public void initialize(Within within) {
            min = within.min();
            max = within.max();
        }

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            double asDouble = value.doubleValue();
            return asDouble == Math.rint(asDouble) && value.longValue() >= min && value.longValue() <= max;
        }
    }

    public static final class ForCollection implements ConstraintValidator<Within, Collection<?>> {
        private long min;
        private long max;

        @Override
        public void initialize(Within within) {
            min = within.min();
            max = within.max();
        }

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null || (value.size() >= min && value.size() <= max);
        }
    }
}
