package dev.switchboard.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Threads that each run a task once, started together; {@link #await} rethrows the first failure. */
record Workers(List<java.lang.Thread> threads, List<Throwable> failures) {
    interface Task { void run(int worker) throws Exception; }

    static Workers start(int n, Task task) {
        var workers = new Workers(new ArrayList<>(), Collections.synchronizedList(new ArrayList<>()));
        CountDownLatch go = new CountDownLatch(1);
        for (int w = 0; w < n; w++) {
            int worker = w;
            workers.threads.add(java.lang.Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                    task.run(worker);
                } catch (Throwable e) {
                    workers.failures.add(e);
                }
            }));
        }
        go.countDown();
        return workers;
    }

    void await() throws Exception {
        for (java.lang.Thread t : threads) assertThat(t.join(Duration.ofSeconds(120))).isTrue();
        if (!failures.isEmpty()) throw new AssertionError(failures.get(0));
    }
}

