/**
 * The dues pages: {@code /my-dues} (a rider's own account), {@code /dues} (the board's and a consultant's view of
 * the cooperative: collection, arrears and their CSV, plans, billing, a payment for any member, reminders),
 * {@code /member-dues} (one member's account for the board, with the payment and plan forms), {@code /dues-import}
 * (a bank statement: the file, the columns, the report line by line) and {@code /dues-arrears.csv} (the arrears
 * spreadsheet, passed through from the API).
 */
package org.ridercoop.web.dues.boundary;
