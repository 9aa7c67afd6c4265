/** Members, their history, capital, refund and expulsion cases as cooperative-api describes them; the calls' bodies. */
package org.ridercoop.web.membership.entity;
