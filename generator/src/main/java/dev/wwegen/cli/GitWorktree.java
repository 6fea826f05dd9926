package dev.wwegen.cli;

import dev.wwegen.dsl.check.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A git revision checked out in a temporary worktree ({@code git worktree add --detach}), for reading that
 * revision's files without touching the user's working tree, index or branches. {@link #close()} always
 * removes the worktree and its folder, and so does a shutdown hook when the JVM is stopped; the worktrees of runs
 * that were killed outright are removed by the next run ({@link StaleWorktrees}).
 */
final class GitWorktree implements AutoCloseable {

    private final Path repository;
    private final Path folder;
    private final Path root;

    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    private final AtomicBoolean closed = new AtomicBoolean();
    /** Removes the worktree when the JVM is stopped (Ctrl-C, SIGTERM); a kill -9 is cleaned by the next run. */
    private final Thread hook = new Thread(this::close, "wwegen-worktree-cleanup");

    private GitWorktree(Path repository, Path folder) {
        this.repository = repository;
        this.folder = folder;
        this.root = folder.resolve("tree");
    }

    /** Checks {@code ref} out from the repository that holds {@code anyPath}; bad input when it cannot. */
    static GitWorktree checkout(Path anyPath, String ref) {
        Path top = Path.of(git(anyPath, "could not find the git repository", "rev-parse", "--show-toplevel").strip());
        String commit = git(top, "'" + ref + "' is not a commit", "rev-parse", "--verify", "--quiet", ref + "^{commit}")
                .strip();
        Path folder;
        try {
            StaleWorktrees.remove(top, TEMP);
            folder = Files.createTempDirectory(TEMP, StaleWorktrees.prefix());
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary folder for the worktree", e);
        }
        GitWorktree worktree = new GitWorktree(top, folder);
        Runtime.getRuntime().addShutdownHook(worktree.hook);
        try {
            git(top, "could not check out '" + ref + "'", "worktree", "add", "--detach", worktree.root.toString(), commit);
        } catch (RuntimeException e) {
            worktree.close();
            throw e;
        }
        return worktree;
    }

    /** The top folder of the user's repository (its working tree). */
    Path repository() {
        return repository;
    }

    /** The top folder of the checked-out revision. */
    Path root() {
        return root;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: this close runs in the hook itself.
        }
        try {
            if (Files.exists(root)) {
                git(repository, "could not remove the temporary worktree", "worktree", "remove", "--force",
                        root.toString());
            }
        } finally {
            deleteTree(folder);
            run(repository, List.of("git", "worktree", "prune"));
        }
    }

    private static String git(Path where, String failure, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Result result = run(where, command);
        if (result.code != 0) {
            String detail = result.output.isBlank() ? "" : ": " + result.output.strip().lines().findFirst().orElse("");
            throw new InputException(List.of(Finding.error(where.toString(), "", failure + detail,
                    "run from inside a git repository and give a branch, tag or commit, e.g. HEAD~1")));
        }
        return result.output;
    }

    record Result(int code, String output) {
    }

    static Result run(Path where, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(where.toFile());
        builder.redirectErrorStream(true);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "git did not finish within 60 seconds");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, "could not run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the temporary worktree " + folder, e);
        }
    }
}
