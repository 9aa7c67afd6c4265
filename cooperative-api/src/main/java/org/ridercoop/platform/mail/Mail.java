package org.ridercoop.platform.mail;

/** A plain-text e-mail to one address. */
public record Mail(String to, String subject, String body) {
}
