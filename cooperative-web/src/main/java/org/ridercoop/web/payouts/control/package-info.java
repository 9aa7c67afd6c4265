/** cooperative-api's payout calls. */
package org.ridercoop.web.payouts.control;
