/** Payouts: control. */
package org.ridercoop.payouts.control;
