/**
 * Payouts in the web: a rider's statements period by period (a bar chart of the last twelve, each statement
 * printable), and the board's runs: prepare a preview, approve (a second person), post, mark paid, reverse; the
 * distribution settings and the ledger's balance. The year-end surplus: the board's proposal for a fiscal year
 * that has ended (the law's reserves and dividend limits shown), its waterfall and balances, the general assembly that
 * decides it, the dividends per member, paid or reinvested as shares. cooperative-api decides everything; the pages
 * show and ask.
 */
package org.ridercoop.web.payouts;
