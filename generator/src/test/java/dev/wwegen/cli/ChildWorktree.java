package dev.wwegen.cli;

/**
 * A separate JVM that checks out a revision as {@code diff --ref} does, prints the worktree's folder and blocks,
 * so a test can stop it with SIGTERM (the shutdown hook must remove the worktree) or SIGKILL (the next run must).
 * Arguments: the repository, the revision.
 */
final class ChildWorktree {

    private ChildWorktree() {
    }

    public static void main(String[] args) throws InterruptedException {
        GitWorktree worktree = GitWorktree.checkout(java.nio.file.Path.of(args[0]), args[1]);
        System.out.println(worktree.root());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
