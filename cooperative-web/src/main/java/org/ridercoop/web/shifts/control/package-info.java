/** The typed REST client of the API's shift and work calls, and how their refusals are told. */
package org.ridercoop.web.shifts.control;
