/** Dues: entity. */
package org.ridercoop.dues.entity;
