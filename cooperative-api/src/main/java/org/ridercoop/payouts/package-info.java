/**
 * Earnings distribution: a pay period's pooled income, less the cooperative's deductions, split among the members by
 * their confirmed work, exact to the won, approved by a second board member and posted to an immutable ledger.
 */
package org.ridercoop.payouts;
