/**
 * The audit trail: every state change appends a record (who, when, what, before, after) to a hash chain of its
 * cooperative, or of the platform. The application's database user may only insert and read records (database
 * grants); {@link org.ridercoop.platform.audit.AuditVerifier} recomputes a chain and names its first broken link.
 */
package org.ridercoop.platform.audit;
