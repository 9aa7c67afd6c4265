package org.ridercoop.devstack;

import java.util.List;
import java.util.Set;

/** The demo accounts of {@code realm/coop-demo.json}, for the banner, the tests and the benchmarks. */
public enum DemoUser {
    RIDER("rider", "김민준", Set.of("rider")),
    RIDER2("rider2", "이지은", Set.of("rider")),
    BOARD("board", "박서연", Set.of("board", "rider")),
    CONSULTANT("consultant", "Jihoon Choi", Set.of("consultant")),
    ADMIN("admin", "정운영", Set.of("admin")),
    VISITOR("visitor", "강하늘", Set.of());

    public static final String PASSWORD = "ridercoop-demo";

    private final String username;
    private final String displayName;
    private final Set<String> roles;

    DemoUser(String username, String displayName, Set<String> roles) {
        this.username = username;
        this.displayName = displayName;
        this.roles = roles;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<String> roles() {
        return roles;
    }

    public static List<DemoUser> all() {
        return List.of(values());
    }
}
