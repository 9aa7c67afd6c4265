package org.ridercoop.voting.entity;

/** Who meets, which decides who votes, the quorum, and whether proxies are allowed. */
public enum MeetingKind {
    /** 정기총회: at least once a year; notice with agenda 7 days ahead (§28). */
    ORDINARY_GENERAL_ASSEMBLY(true, true),
    /** 임시총회 */
    EXTRAORDINARY_GENERAL_ASSEMBLY(true, true),
    /** 대의원총회: only above 200 members; delegates vote in person, no proxies; no merger, split or dissolution (§31). */
    DELEGATES_ASSEMBLY(true, false),
    /** 이사회: the directors in office; majority quorum, majority vote (§32). */
    BOARD_MEETING(false, false);

    private final boolean assembly;
    private final boolean proxiesAllowed;

    MeetingKind(boolean assembly, boolean proxiesAllowed) {
        this.assembly = assembly;
        this.proxiesAllowed = proxiesAllowed;
    }

    public boolean assembly() {
        return assembly;
    }

    public boolean proxiesAllowed() {
        return proxiesAllowed;
    }

    /** §28: a general assembly's notice goes out at least 7 days ahead. */
    public int noticeDays() {
        return assembly ? 7 : 0;
    }
}
