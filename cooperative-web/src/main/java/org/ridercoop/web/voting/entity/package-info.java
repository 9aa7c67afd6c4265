/**
 * Meetings, motions and elections, receipts, results, published ballots, notices, proxies, minutes and delegates as the API
 * describes them, the bodies the voting calls send, and {@link org.ridercoop.web.voting.entity.BallotList}: the
 * recount (per choice, or per candidate) and the chain check of a list.
 */
package org.ridercoop.web.voting.entity;
