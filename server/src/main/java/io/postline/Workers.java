package io.postline;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The publishing workers: virtual threads where the JDK has them (21+), else a fixed pool. */
final class Workers {
    private Workers() {}

    static ExecutorService create(int platformThreads) {
        try {
            Method virtual = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) virtual.invoke(null);
        } catch (ReflectiveOperationException e) {
            return Executors.newFixedThreadPool(platformThreads, runnable -> {
                Thread thread = new Thread(runnable, "postline-publisher");
                thread.setDaemon(true);
                return thread;
            });
        }
    }
}
