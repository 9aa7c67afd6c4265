/** Dues: boundary. */
package org.ridercoop.dues.boundary;
