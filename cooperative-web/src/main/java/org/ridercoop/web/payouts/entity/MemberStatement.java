package org.ridercoop.web.payouts.entity;

/**
 * A statement with whom and what it is of, as the statement page and its PDF head it: the cooperative's name and the
 * member's number and name, each null where the API did not tell the reader.
 */
public record MemberStatement(Statement statement, String coopName, Integer memberNumber, String memberName) {
}
