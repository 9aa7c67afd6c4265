package org.ridercoop.web.dues.entity;

/**
 * What is unpaid, by how long it has been owed: charged this month, one month ago, two, three or more. The older
 * the money, the more it matters: the articles may expel a member after some months unpaid.
 */
public record Aging(long current, long oneMonth, long twoMonths, long threeOrMore) {
    public static final Aging NONE = new Aging(0, 0, 0, 0);

    public long total() {
        return current + oneMonth + twoMonths + threeOrMore;
    }
}
