package org.ridercoop.platform.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A method each signed-in person may call only so often: {@code coop.ratelimit.<bucket>.per-minute} times a
 * minute (in bursts up to that many), counted per person and bucket in each instance. Over it: 429 with
 * {@code Retry-After}, before anything else is read or checked.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {
    /** The bucket: methods that share one share their limit. */
    String value();
}
