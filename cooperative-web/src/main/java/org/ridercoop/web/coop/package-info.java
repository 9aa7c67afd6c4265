/**
 * A cooperative as its people see it: the overview (names, kind, share price, articles), the officers, and for the
 * board, granted consultants and the platform operator the member register with a search, a status filter, its
 * totals and a CSV download; for the board and the operator the officers' terms and the consultants' access.
 */
package org.ridercoop.web.coop;
