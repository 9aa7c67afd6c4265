/** cooperative-api's voting calls, as a typed MicroProfile REST client. */
package org.ridercoop.web.voting.control;
