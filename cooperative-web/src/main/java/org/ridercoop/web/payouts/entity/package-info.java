/** Payouts as the API describes them: runs, lines, statements, settings, the ledger. Missing keys are null. */
package org.ridercoop.web.payouts.entity;
