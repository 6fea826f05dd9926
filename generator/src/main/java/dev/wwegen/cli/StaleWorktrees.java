package dev.wwegen.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary worktrees of {@code diff --ref} runs that were killed before they could remove them. Each run's
 * folder is named {@code wwegen-diff-<pid>-<random>} in the temp folder, so a later run can tell whose it is: one
 * whose process is gone is removed (its registration with {@code git worktree remove}, its folder from disk); one
 * whose process still runs is left alone. A pid that was reused by another process keeps its folder until that
 * process ends too, which errs on the safe side.
 */
final class StaleWorktrees {

    static final String PREFIX = "wwegen-diff-";

    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})-\\w+");

    private StaleWorktrees() {
    }

    /** The name prefix of this process's temp folder, for {@link Files#createTempDirectory}. */
    static String prefix() {
        return PREFIX + ProcessHandle.current().pid() + "-";
    }

    /** Removes the repository's registered worktrees and the temp folders of runs that are gone; best effort. */
    static void remove(Path repository, Path tempFolder) {
        GitWorktree.run(repository, List.of("git", "worktree", "prune"));
        for (Path worktree : registered(repository)) {
            Path folder = worktree.getParent();
            if (folder != null && folder.getParent() != null && folder.getParent().equals(tempFolder) && gone(folder)) {
                GitWorktree.run(repository, List.of("git", "worktree", "remove", "--force", worktree.toString()));
            }
        }
        for (Path folder : folders(tempFolder)) {
            if (gone(folder)) {
                try {
                    GitWorktree.deleteTree(folder);
                } catch (RuntimeException e) {
                    // Best effort: a folder that cannot be removed now is tried again by the next run.
                }
            }
        }
        GitWorktree.run(repository, List.of("git", "worktree", "prune"));
    }

    /** True if the folder is one of ours and the process that made it has ended. */
    static boolean gone(Path folder) {
        OptionalLong pid = pid(folder.getFileName().toString());
        return pid.isPresent() && pid.getAsLong() != ProcessHandle.current().pid()
                && ProcessHandle.of(pid.getAsLong()).map(p -> !p.isAlive()).orElse(true);
    }

    private static OptionalLong pid(String name) {
        Matcher matcher = NAME.matcher(name);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    private static List<Path> registered(Path repository) {
        List<Path> worktrees = new ArrayList<>();
        GitWorktree.run(repository, List.of("git", "worktree", "list", "--porcelain")).output().lines()
                .filter(line -> line.startsWith("worktree "))
                .forEach(line -> worktrees.add(Path.of(line.substring("worktree ".length()))));
        return worktrees;
    }

    private static List<Path> folders(Path tempFolder) {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(tempFolder, PREFIX + "*")) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(entry);
                }
            }
        } catch (IOException e) {
            // An unreadable temp folder: nothing to clean that we could reach.
        }
        return folders;
    }
}
