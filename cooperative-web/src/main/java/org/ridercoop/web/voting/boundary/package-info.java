/**
 * The voting pages: {@code /meetings} (the list and the board's form to call one, with resolutions, elections of
 * officers and expulsion motions), {@code /meeting} (agenda, vote on a resolution or an election ballot, a proxy's
 * vote for the member they represent, the board's controls, notices and proxies, results), {@code /ballots} (the
 * published list, its recount and chain check, and a rider's receipt check), {@code /minutes} (the printable
 * minutes, the board's draft and the signatories' signatures), {@code /delegates} (§31: the delegates in office against
 * those a delegates' assembly needs, their terms, and the board's record of one elected or a term ended), and the
 * home page's card for an open vote.
 */
package org.ridercoop.web.voting.boundary;
