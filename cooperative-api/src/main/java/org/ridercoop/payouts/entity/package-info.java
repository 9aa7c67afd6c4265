/** Payouts: entity. */
package org.ridercoop.payouts.entity;
