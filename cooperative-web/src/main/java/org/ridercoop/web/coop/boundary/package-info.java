/**
 * The pages of a cooperative: the cooperative page ({@code /coop?id=N}), its officers' terms ({@code /officers}),
 * the consultants' access ({@code /consultants}), the register as a spreadsheet ({@code /register.csv}), and
 * {@link org.ridercoop.web.coop.boundary.CoopAccess}, which other features ask whether the person runs it.
 */
package org.ridercoop.web.coop.boundary;
