package dev.wwegen.pipeline;

import dev.wwegen.emit.OwnedFiles;
import dev.wwegen.profile.ProfileResult;
import dev.wwegen.resolve.Resolver;

import java.util.List;

/**
 * Starts laying out every profile's diagrams at the start of a run, beside render and verify: the diagrams need
 * only the model and each profile's resolved release (namespaces, route controller), which a thread of its own
 * loads and resolves ahead of the profiles' turn on the cores. Whatever it finds wrong is left to the run
 * ({@link Generator#generate} reports it); the page takes the layouts from there ({@link DocsFiles#start}).
 */
final class DiagramsAhead {

    private DiagramsAhead() {
    }

    static void start(Generator generator, List<String> names, OwnedFiles output) {
        Thread ahead = new Thread(() -> {
            for (String name : names) {
                try {
                    ProfileResult loaded = generator.profiles().load(name);
                    loaded.profile().flatMap(p -> new Resolver().resolve(generator.architecture(), p).release())
                            .ifPresent(release -> DocsFiles.start(name, release, output));
                } catch (RuntimeException e) {
                    // the run loads and resolves this profile again, and reports the problem
                }
            }
        }, "wwegen-diagrams-ahead");
        ahead.setDaemon(true);
        ahead.start();
    }
}
