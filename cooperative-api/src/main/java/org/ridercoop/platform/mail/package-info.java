/** E-mail: outgoing queues kept in the database and the SMTP sender that drains them. */
package org.ridercoop.platform.mail;
