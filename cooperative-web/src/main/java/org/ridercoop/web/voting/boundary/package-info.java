/**
 * The voting pages: {@code /meetings} (the list and the board's form to call one), {@code /meeting} (agenda,
 * vote, board's controls, results), {@code /ballots} (the published list, its recount and chain check, and a
 * rider's receipt check), and the home page's card for an open vote.
 */
package org.ridercoop.web.voting.boundary;
