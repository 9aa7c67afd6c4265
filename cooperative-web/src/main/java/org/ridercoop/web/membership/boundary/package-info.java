/** Pages of membership: applying, my memberships, the board's inbox of applications, a member's page. */
package org.ridercoop.web.membership.boundary;
