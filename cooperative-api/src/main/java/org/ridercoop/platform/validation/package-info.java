/** Bean Validation constraints of the API's own, for request records. */
package org.ridercoop.platform.validation;
