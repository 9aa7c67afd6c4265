/**
 * Korean by default, English by choice: the language switch (a link that sets a cookie), the locale of each
 * view, and the message bundles ({@code messages_ko}, {@code messages_en}) beside this package in resources.
 */
package org.ridercoop.web.i18n;
