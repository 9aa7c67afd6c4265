package org.ridercoop.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stopping process trees (Keycloak's kc.sh runs Java as a child) and reading their memory. */
public final class Processes {
    private Processes() {
    }

    /** Asks the whole tree to stop, waits, then kills what is left. Children first, so none is orphaned. */
    public static void stopTree(Process process, long graceSeconds) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
        for (ProcessHandle handle : tree) {
            waitUntil(handle, deadline);
        }
        try {
            process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static void waitUntil(ProcessHandle handle, long deadline) {
        while (handle.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Resident memory of the process and its descendants in MiB, from /proc; -1 where /proc is not there. */
    public static long rssMiB(Process process) {
        if (process == null || !process.isAlive()) {
            return -1;
        }
        long kib = rssKiB(process.pid()) + process.descendants().mapToLong(h -> Math.max(0, rssKiB(h.pid()))).sum();
        return kib < 0 ? -1 : kib / 1024;
    }

    /** Resident memory of one process in MiB. */
    public static long rssMiB(long pid) {
        long kib = rssKiB(pid);
        return kib < 0 ? -1 : kib / 1024;
    }

    private static long rssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return 0;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
