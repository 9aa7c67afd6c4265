/** cooperative-api's dues calls, as a typed MicroProfile REST client, and the reading of a bank's CSV file. */
package org.ridercoop.web.dues.control;
