/**
 * General assemblies, board meetings and voting (§23, §28-32): quorum, thresholds, proxies, secret and
 * verifiable ballots. This first part holds the rules that decide a motion from its count.
 */
package org.ridercoop.voting;
