package dev.wwegen.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work a command started on another thread, taken back on the command's own. */
final class Joined {

    private Joined() {
    }

    /**
     * The result of {@code run} (waiting for it if need be), or what it threw, as if it had run on this thread: a
     * usage or input error thrown there is reported as one thrown here.
     */
    static <T> T result(CompletableFuture<T> run) {
        try {
            return run.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Runs {@code work} and completes {@code result} with its value, or with what it threw. */
    static <T> void complete(CompletableFuture<T> result, Callable<T> work) {
        try {
            result.complete(work.call());
        } catch (Exception | Error e) {
            result.completeExceptionally(e);
        }
    }
}
