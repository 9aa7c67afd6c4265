/** The membership calls to cooperative-api (typed MicroProfile REST Client, the person's token). */
package org.ridercoop.web.membership.control;
