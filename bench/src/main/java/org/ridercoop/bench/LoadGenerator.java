package org.ridercoop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * A closed-loop HTTP load: a fixed number of connections, each sending its next request when the previous one
 * answered, for a fixed time. Records every latency; a non-2xx answer counts as an error.
 */
final class LoadGenerator {

    record Result(String name, int connections, long requests, long errors, double seconds, long[] latenciesNanos) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p / 100.0 * latenciesNanos.length) - 1);
            return latenciesNanos[Math.max(0, index)] / 1e6;
        }
    }

    private LoadGenerator() {
    }

    static Result run(String name, int connections, Duration duration, Supplier<HttpRequest> request) throws Exception {
        ExecutorService clientThreads = Executors.newFixedThreadPool(2);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(clientThreads)
                .build();
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<long[]>> workers = new ArrayList<>();
        long[] errors = new long[connections];
        try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
            for (int i = 0; i < connections; i++) {
                int worker = i;
                workers.add(pool.submit(() -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> response = client.send(request.get(), HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() / 100 != 2) {
                                errors[worker]++;
                            }
                        } catch (IOException e) {
                            errors[worker]++;
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - t0;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            double seconds = 0;
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                all.add(worker.get());
            }
            seconds = (System.nanoTime() - started) / 1e9;
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(name, connections, merged.length, Arrays.stream(errors).sum(), seconds, merged);
        } finally {
            client.close();
            clientThreads.shutdownNow(); // non-daemon threads would keep Maven from exiting
        }
    }

    static HttpRequest get(URI uri, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder.build();
    }
}
