/**
 * Meetings, motions, receipts, results and published ballots as the API describes them, the bodies the voting
 * calls send, and {@link org.ridercoop.web.voting.entity.BallotList}: the recount and the chain check of a list.
 */
package org.ridercoop.web.voting.entity;
