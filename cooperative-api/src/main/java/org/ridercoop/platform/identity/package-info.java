/** The sign-in service's accounts, as the application's service account may manage them. */
package org.ridercoop.platform.identity;
