/** The payouts pages and their forms. */
package org.ridercoop.web.payouts.boundary;
