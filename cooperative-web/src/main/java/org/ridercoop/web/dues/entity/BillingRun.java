package org.ridercoop.web.dues.entity;

/** A month billed: charges created by this run, charges of the month in all and their sum, members without a plan. */
public record BillingRun(String month, int created, long charges, long chargedWon, long withoutPlan) {
}
