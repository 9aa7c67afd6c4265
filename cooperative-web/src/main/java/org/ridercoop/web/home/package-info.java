/**
 * The signed-in person's home: identity from the API, then a section for each of their roles (rider, board,
 * consultant, admin). The sections are placeholders for the features that come next.
 */
package org.ridercoop.web.home;
