package dev.wwegen.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where a field is inside an object, written as a dotted path with keyed list items:
 * {@code spec.template.spec.containers[name=wwe].image}, {@code metadata.labels["helm.sh/chart"]},
 * {@code spec.tls[0].hosts[1]}. Built child by child while walking a document, sharing its parent.
 */
public final class FieldPath {

    /** The object itself. */
    public static final FieldPath ROOT = new FieldPath(null, null);

    private final FieldPath parent;
    private final PathSegment segment;
    private final int depth;

    private FieldPath(FieldPath parent, PathSegment segment) {
        this.parent = parent;
        this.segment = segment;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    public FieldPath key(String name) {
        return new FieldPath(this, new PathSegment.Key(name));
    }

    public FieldPath item(String field, String value) {
        return new FieldPath(this, new PathSegment.Item(field, value));
    }

    public FieldPath index(int position) {
        return new FieldPath(this, new PathSegment.Index(position));
    }

    /** The steps from the object's root, first step first. */
    public List<PathSegment> segments() {
        List<PathSegment> segments = new ArrayList<>(depth);
        for (FieldPath at = this; at.segment != null; at = at.parent) {
            segments.add(at.segment);
        }
        Collections.reverse(segments);
        return segments;
    }

    /** The last step, or null for the root. */
    public PathSegment last() {
        return segment;
    }

    /** The map key this path starts with, or empty for the root and paths that start with an index. */
    public String head() {
        FieldPath at = this;
        while (at.parent != null && at.parent.segment != null) {
            at = at.parent;
        }
        return at.segment instanceof PathSegment.Key key ? key.name() : "";
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        List<PathSegment> segments = segments();
        for (int i = 0; i < segments.size(); i++) {
            text.append(segments.get(i).written(i == 0));
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldPath path && path.depth == depth && Objects.equals(path.segment, segment)
                && Objects.equals(path.parent, parent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(segment, parent);
    }
}
