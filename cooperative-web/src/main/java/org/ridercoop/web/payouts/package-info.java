/**
 * Payouts in the web: a rider's statements period by period (a bar chart of the last twelve, each statement
 * printable), and the board's runs: prepare a preview, approve (a second person), post, mark paid, reverse; the
 * distribution settings and the ledger's balance. cooperative-api decides everything; the pages show and ask.
 */
package org.ridercoop.web.payouts;
