/** The calls to cooperative-api behind the home page (typed MicroProfile REST Client, the person's token). */
package org.ridercoop.web.home.control;
