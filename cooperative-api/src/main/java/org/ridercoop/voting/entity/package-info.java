/** The rules of voting, as values that need no database. */
package org.ridercoop.voting.entity;
