package org.ridercoop.web.shifts.entity;

/** Which column of a delivery platform's export holds what (column names of its header line). */
public record ImportMapping(String memberNumber, String startedAt, String endedAt, String deliveries, String distanceKm,
                            String incomeWon) {
}
