package org.ridercoop.membership.entity;

/** Officers of §34: chair (이사장), director (이사), auditor (감사). */
public enum Position {
    CHAIR, DIRECTOR, AUDITOR
}
