/** Meetings, voters' rolls and ballots in the database. */
package org.ridercoop.voting.control;
