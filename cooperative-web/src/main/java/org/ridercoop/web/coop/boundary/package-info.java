/** The cooperative page ({@code /coop?id=N}). */
package org.ridercoop.web.coop.boundary;
