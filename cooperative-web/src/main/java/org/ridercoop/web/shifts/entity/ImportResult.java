package org.ridercoop.web.shifts.entity;

/** What an import stored: lines imported now, lines already imported before, and their totals. */
public record ImportResult(int imported, int alreadyImported, long minutes, long deliveries, long incomeWon) {
}
