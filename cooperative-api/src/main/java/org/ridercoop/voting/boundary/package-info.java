/** Calling meetings, voting, results and the published ballot list, under {@code /coops/{coopId}/meetings}. */
package org.ridercoop.voting.boundary;
