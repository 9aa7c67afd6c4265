package org.ridercoop.web.platform.api;

import java.util.Optional;
import java.util.function.Function;
import org.ridercoop.web.home.entity.Lookup.Reason;

/**
 * What one call to the API gave: the value, or why not. Not found and forbidden are answers a page shows in its
 * own way (a missing cooperative, a hidden register), not failures; a refused change carries the API's reasons.
 */
public sealed interface Answer<T> {

    record Found<T>(T value) implements Answer<T> {
    }

    record NotFound<T>() implements Answer<T> {
    }

    record Forbidden<T>() implements Answer<T> {
    }

    record Failed<T>(Reason reason) implements Answer<T> {
    }

    /** The API said no to a change (400, 409, 422; 429 for too many in a minute) and why: a page shows it next to the form. */
    record Refused<T>(Problem problem) implements Answer<T> {
    }

    default Optional<T> found() {
        return this instanceof Found<T> found ? Optional.ofNullable(found.value()) : Optional.empty();
    }

    /** The value made into another, or the same reason why there is none. */
    default <U> Answer<U> map(Function<? super T, ? extends U> f) {
        return switch (this) {
            case Found<T> found -> new Found<>(f.apply(found.value()));
            case NotFound<T> notFound -> new NotFound<>();
            case Forbidden<T> forbidden -> new Forbidden<>();
            case Failed<T> failed -> new Failed<>(failed.reason());
            case Refused<T> refused -> new Refused<>(refused.problem());
        };
    }
}
