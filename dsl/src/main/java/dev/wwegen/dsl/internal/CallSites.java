package dev.wwegen.dsl.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers, for each DSL object, where the user's code made it, so that a model-rule finding can
 * name {@code File.java:line}. The DSL's records call {@link #record} from their constructors.
 *
 * <p>The sites live beside the objects, in a weak identity map, and never inside them: two records with
 * the same values stay {@code equals} whatever line made them, and nothing about a site reaches the
 * generated output. An object that is no longer referenced drops its entry.
 */
public final class CallSites {

    /** Frames of these packages are the DSL's own; the first frame outside them is the user's call. */
    private static final String[] DSL_PACKAGES = {"dev.wwegen.dsl.model.", "dev.wwegen.dsl.internal.", "java.",
            "jdk.internal."};
    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final Map<Key, CallSite> SITES = new HashMap<>();
    private static final ReferenceQueue<Object> CLEARED = new ReferenceQueue<>();

    /** Set while the DSL derives objects of its own that no finding points at (see {@link #unrecorded}). */
    private static final ThreadLocal<Boolean> OFF = new ThreadLocal<>();

    private CallSites() {
    }

    /**
     * Makes DSL objects without recording their sites: for objects the DSL derives again at every call (an
     * ingress chain's hops), whose first frame outside the DSL is wwegen's own reader, never the user's
     * code. The stack walk and the lock per object were 7 % of a 1,000-profile run.
     */
    public static <T> T unrecorded(java.util.function.Supplier<T> make) {
        if (OFF.get() != null) {
            return make.get();
        }
        OFF.set(Boolean.TRUE);
        try {
            return make.get();
        } finally {
            OFF.remove();
        }
    }

    /** Records where {@code created} is being made (called from the DSL's constructors). */
    public static void record(Object created) {
        if (OFF.get() != null) {
            return;
        }
        CallSite site = WALKER.walk(frames -> frames
                .filter(f -> !isDsl(f.getClassName()))
                .findFirst()
                .map(f -> new CallSite(f.getClassName(), f.getFileName() == null ? "" : f.getFileName(),
                        Math.max(f.getLineNumber(), 0)))
                .orElse(null));
        if (site == null) {
            return;
        }
        synchronized (SITES) {
            expunge();
            SITES.put(new Key(created, CLEARED), site);
        }
    }

    /** Where {@code dslObject} was made, if it was made by code outside the DSL. */
    public static Optional<CallSite> of(Object dslObject) {
        if (dslObject == null) {
            return Optional.empty();
        }
        synchronized (SITES) {
            return Optional.ofNullable(SITES.get(new Key(dslObject, null)));
        }
    }

    private static boolean isDsl(String className) {
        for (String prefix : DSL_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void expunge() {
        for (Reference<?> cleared = CLEARED.poll(); cleared != null; cleared = CLEARED.poll()) {
            SITES.remove(cleared);
        }
    }

    /** Identity of a weakly held object. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            return other instanceof Key key && key.hash == hash && get() != null && get() == key.get();
        }
    }
}
