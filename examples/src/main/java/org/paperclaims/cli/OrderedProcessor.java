package org.paperclaims.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs tasks on a fixed number of threads and hands their results to a consumer in submission order.
 * At most a bounded window of tasks is in flight, so memory stays constant however long the input; with
 * one thread, tasks run inline on the caller.
 */
final class OrderedProcessor implements AutoCloseable {
    /** Results wait for earlier ones; this many per worker keeps every worker busy without unbounded buffering. */
    private static final int WINDOW_PER_WORKER = 64;
    /** At most this many characters of input in flight, however large single records are. */
    private static final long MAX_CHARS_IN_FLIGHT = 8L * 1024 * 1024;

    /** Receives results in order. */
    interface Sink<T> {
        void accept(T result) throws IOException;
    }

    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Future<ExtractCommand.Processed>> inFlight = new ArrayDeque<>();
    private final ArrayDeque<Long> weights = new ArrayDeque<>();
    private long charsInFlight;

    OrderedProcessor(int workers) {
        if (workers <= 1) {
            this.pool = null;
            this.window = 1;
        } else {
            this.pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "paperclaims-worker");
                t.setDaemon(true);
                return t;
            });
            this.window = workers * WINDOW_PER_WORKER;
        }
    }

    /** Runs {@code task}, whose input is about {@code chars} characters, and hands results on in order. */
    void submit(Supplier<ExtractCommand.Processed> task, long chars, Sink<ExtractCommand.Processed> sink)
            throws IOException {
        if (pool == null) {
            sink.accept(task.get());
            return;
        }
        inFlight.add(pool.submit(task::get));
        weights.add(chars);
        charsInFlight += chars;
        while (inFlight.size() >= window || (charsInFlight > MAX_CHARS_IN_FLIGHT && inFlight.size() > 1)) {
            next(sink);
        }
    }

    private void next(Sink<ExtractCommand.Processed> sink) throws IOException {
        charsInFlight -= weights.poll();
        sink.accept(await(inFlight.poll()));
    }

    /** Hands every outstanding result to {@code sink}, in order. */
    void drain(Sink<ExtractCommand.Processed> sink) throws IOException {
        while (!inFlight.isEmpty()) {
            next(sink);
        }
    }

    private static ExtractCommand.Processed await(Future<ExtractCommand.Processed> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a worker", e);
        } catch (ExecutionException | CancellationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error er) {
                throw er;
            }
            throw new IOException(cause);
        }
    }

    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
        weights.clear();
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
