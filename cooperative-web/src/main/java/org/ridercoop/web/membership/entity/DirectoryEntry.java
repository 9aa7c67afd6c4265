package org.ridercoop.web.membership.entity;

/** A cooperative one can apply to ({@code GET /api/coops/directory}), with the price of one share. */
public record DirectoryEntry(long id, String nameKo, String nameRomanized, String kind, long sharePriceWon) {
}
