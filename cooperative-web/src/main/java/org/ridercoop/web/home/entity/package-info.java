/** What the home page shows, as the API describes it. */
package org.ridercoop.web.home.entity;
