/** What the API's shift and work calls answer and send, as plain records. */
package org.ridercoop.web.shifts.entity;
