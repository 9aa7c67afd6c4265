/** The shift and work pages' beans: one per page, each loading what its page shows and sending what its forms ask. */
package org.ridercoop.web.shifts.boundary;
