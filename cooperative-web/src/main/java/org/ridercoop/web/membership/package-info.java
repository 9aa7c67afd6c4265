/**
 * Membership as people live it: a rider applies and follows their membership (and may withdraw); the board
 * approves or refuses applications and keeps each member's capital, refund and expulsion cases.
 */
package org.ridercoop.web.membership;
