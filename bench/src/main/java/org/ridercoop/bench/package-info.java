/**
 * Benchmarks: each measures the project against a floor measured in the same run on the same machine, and
 * prints the ratio. Loopback only, bounded in time, stopping by themselves.
 */
package org.ridercoop.bench;
