/** The cooperative, its officers and its members as cooperative-api describes them, and the register's arithmetic. */
package org.ridercoop.web.coop.entity;
