package org.ridercoop.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the application answers and has memory to spare; restarting does not fix a missing database. */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {
    private static final double MAX_HEAP_USED = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double fraction = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(fraction < MAX_HEAP_USED)
                .withData("usedMiB", used / (1024 * 1024))
                .withData("maxMiB", runtime.maxMemory() / (1024 * 1024))
                .build();
    }
}
