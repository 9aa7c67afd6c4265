/** The calls to cooperative-api behind the cooperative pages (typed MicroProfile REST Client, the person's token). */
package org.ridercoop.web.coop.control;
