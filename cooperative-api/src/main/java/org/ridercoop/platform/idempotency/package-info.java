/**
 * Idempotency keys for money-moving requests: a client may repeat a POST with the same {@code Idempotency-Key}
 * and get the first answer, without a second effect; the same key with another request is refused.
 */
package org.ridercoop.platform.idempotency;
