/** Payouts: boundary. */
package org.ridercoop.payouts.boundary;
