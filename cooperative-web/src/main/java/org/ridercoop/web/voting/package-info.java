/**
 * Voting in the web app: the meetings of a cooperative, the agenda and the two-tap vote with its receipt, the
 * board's opening, closing and room votes, the results, and the published ballot list a rider checks their
 * receipt against. The API counts and seals; the web app only recounts and re-checks what the API published.
 */
package org.ridercoop.web.voting;
