/**
 * A cooperative as its people see it: the overview (names, kind, share price, articles), the officers, and for the
 * board and the platform operator the member register with a search and its totals.
 */
package org.ridercoop.web.coop;
