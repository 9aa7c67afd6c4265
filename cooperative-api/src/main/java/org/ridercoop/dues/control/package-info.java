/** Dues: control. */
package org.ridercoop.dues.control;
