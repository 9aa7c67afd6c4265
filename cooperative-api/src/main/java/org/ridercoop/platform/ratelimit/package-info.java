/** Per-person limits on how often an endpoint may be called (429 with {@code Retry-After}). */
package org.ridercoop.platform.ratelimit;
