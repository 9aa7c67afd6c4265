package org.ridercoop.platform.tenancy;

/** What a person is to one cooperative. */
public enum Relation {
    /** an active member (or one whose withdrawal is not yet effective) */
    MEMBER,
    /** an active member holding a board position (chair, director, auditor) in its term */
    BOARD,
    /** a consultant the cooperative granted read access to */
    CONSULTANT,
    /** a platform operator (realm role admin) */
    OPERATOR,
    /** any signed-in person, to a cooperative that exists: only for what is open to all, such as applying */
    ANYONE
}
