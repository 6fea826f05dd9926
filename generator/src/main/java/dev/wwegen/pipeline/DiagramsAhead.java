package dev.wwegen.pipeline;

import dev.wwegen.emit.OwnedFiles;
import dev.wwegen.profile.ProfileResult;
import dev.wwegen.resolve.Resolver;

import java.util.List;

/**
 * Starts laying out the profiles' diagrams at the start of a run, beside render and verify: the diagrams need
 * only the model and each profile's resolved release (namespaces, route controller), which a thread of its own
 * loads and resolves ahead of the profiles' turn on the cores. Whatever it finds wrong is left to the run
 * ({@link Generator#generate} reports it); the page takes the layouts from there ({@link DocsFiles#start}).
 *
 * <p>It stops after {@link #IDLE_PROFILES} profiles in a row that bring no new diagram: profiles that differ only in
 * values (hosts, replicas) share their diagrams, and loading a thousand of them twice would cost more than it saves.
 */
final class DiagramsAhead {

    static final int IDLE_PROFILES = 8;

    private DiagramsAhead() {
    }

    static void start(Generator generator, List<String> names, OwnedFiles output) {
        Thread ahead = new Thread(() -> {
            int idle = 0;
            for (String name : names) {
                if (idle == IDLE_PROFILES) {
                    return;
                }
                int started = 0;
                try {
                    ProfileResult loaded = generator.profiles().load(name);
                    started = loaded.profile()
                            .flatMap(p -> new Resolver().resolve(generator.architecture(), p).release())
                            .map(release -> DocsFiles.start(name, release, output)).orElse(0);
                } catch (RuntimeException e) {
                    // the run loads and resolves this profile again, and reports the problem
                }
                idle = started > 0 ? 0 : idle + 1;
            }
        }, "wwegen-diagrams-ahead");
        ahead.setDaemon(true);
        ahead.start();
    }
}
