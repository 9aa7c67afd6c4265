/**
 * Cross-cutting parts of the API that every feature uses: the JAX-RS application and its security,
 * problem+json errors, the database (datasource, migrations, readiness) and health.
 */
package org.ridercoop.platform;
