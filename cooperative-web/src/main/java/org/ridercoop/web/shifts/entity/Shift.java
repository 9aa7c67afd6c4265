package org.ridercoop.web.shifts.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A shift as the API lists it: {@code open} places nobody holds, {@code offered} places in the pool, {@code uncovered}
 * = open places and urgent offers (what the board must still find riders for).
 */
public record Shift(long id, long zoneId, String zone, Instant startsAt, Instant endsAt, long minutes, int ridersWanted,
                    int filled, int open, int offered, int uncovered, boolean cancelled, String note, List<Place> places) {

    public Shift {
        places = places == null ? List.of() : List.copyOf(places);
    }

    /** A place on the shift: held by a member ({@code membershipId}) or open; {@code mine} for the caller's own. */
    public record Place(int placeNo, Long membershipId, Integer memberNumber, String name, boolean offered, boolean urgent,
                        boolean mine) {
        public boolean isHeld() {
            return membershipId != null;
        }
    }

    /** The caller's own place on this shift, if they hold one. */
    public Optional<Place> myPlace() {
        return places.stream().filter(Place::mine).findFirst();
    }

    public boolean isMine() {
        return myPlace().isPresent();
    }

    /** The caller offered their place to the pool (and still holds it until someone claims it). */
    public boolean isOfferedByMe() {
        return myPlace().map(Place::offered).orElse(false);
    }

    /** Places held by other riders: whom a swap may be proposed to. */
    public List<Place> othersHolding() {
        return places.stream().filter(p -> p.isHeld() && !p.mine()).toList();
    }

    public boolean isStarted(Instant now) {
        return !startsAt.isAfter(now);
    }
}
