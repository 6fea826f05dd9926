package dev.wwegen.render;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.ser.AnyGetterWriter;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.ser.std.BooleanSerializer;
import com.fasterxml.jackson.databind.ser.std.MapSerializer;
import com.fasterxml.jackson.databind.ser.std.NumberSerializers;
import com.fasterxml.jackson.databind.ser.std.StringSerializer;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Build time only: writes and compiles {@code GeneratedTrees}, which turns the fabric8 objects wwegen renders into
 * plain trees with direct getter calls, node for node what {@link ObjectTrees}' Jackson mapper makes of them.
 *
 * <p>Jackson builds a serializer for each class by reflection the first time it meets it (annotations, bean
 * properties, method handles): about 0.2 s per thread at the start of every run, before the first profile is
 * rendered. Here Jackson is asked the same questions once, at build time: for each class its bean properties in
 * Jackson's order, with their names, getters and inclusion rules; the answers become code. What Jackson would
 * treat in a way this code does not copy (a custom serializer, a format, a filter, a value of an unexpected class)
 * is left to Jackson: a class is generated only when every property is understood, and a value of any other class
 * goes through the mapper at run time. {@code ObjectTreesTest} holds both paths equal.
 *
 * <p>Run by the build ({@code exec-maven-plugin}, process-classes):
 * {@code TreeCode SOURCE_DIR CLASSES_DIR}; it compiles the source into CLASSES_DIR with the classpath it runs on.
 */
public final class TreeCode {

    /** The kinds wwegen renders; the classes they reach are generated too. */
    static final List<Class<?>> KINDS = List.of(
            io.fabric8.kubernetes.api.model.ServiceAccount.class,
            io.fabric8.kubernetes.api.model.ConfigMap.class,
            io.fabric8.kubernetes.api.model.Service.class,
            io.fabric8.kubernetes.api.model.apps.Deployment.class,
            io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class,
            io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class,
            io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class,
            io.fabric8.kubernetes.api.model.networking.v1.Ingress.class,
            io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway.class,
            io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class,
            io.fabric8.kubernetes.api.model.gatewayapi.v1beta1.ReferenceGrant.class,
            io.fabric8.openshift.api.model.Route.class);

    static final String CLASS_NAME = "GeneratedTrees";

    private final SerializerProvider provider = ObjectTrees.mapper().getSerializerProviderInstance();
    /** Classes with a method, in the order they were reached; a class maps to its method's number. */
    private final Map<Class<?>, Integer> generated = new LinkedHashMap<>();
    private final Map<Class<?>, String> refused = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
    private final StringBuilder methods = new StringBuilder();

    private TreeCode() {
    }

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        TreeCode code = new TreeCode();
        String source = code.source(KINDS);
        Path file = sources.resolve("dev/wwegen/render/" + CLASS_NAME + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        compile(file, classes);
        System.out.println("TreeCode: " + code.generated.size() + " classes as code, " + code.refused.size()
                + " left to Jackson" + (code.refused.isEmpty() ? "" : ": " + code.refused));
    }

    /** The source of {@code GeneratedTrees} for these kinds and every class they reach. */
    String source(List<Class<?>> kinds) {
        Deque<Class<?>> todo = new ArrayDeque<>(kinds);
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.removeFirst();
            if (seen.add(type)) {
                bean(type, todo);
            }
        }
        StringBuilder s = new StringBuilder();
        s.append("package dev.wwegen.render;\n\n")
                .append("// Made by dev.wwegen.render.TreeCode at build time (from jackson-databind ")
                .append(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION).append(" and the fabric8 model on")
                .append(" the classpath); not in the repository.\n")
                .append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
                .append("final class ").append(CLASS_NAME).append(" implements ObjectTrees.Converter {\n\n")
                .append("    @Override\n    public java.util.Map<String, Object> tree(Object v) {\n")
                .append("        Class<?> c = v.getClass();\n");
        generated.forEach((type, n) -> s.append("        if (c == ").append(name(type)).append(".class) return t")
                .append(n).append("((").append(name(type)).append(") v);\n"));
        s.append("        return null;\n    }\n").append(linked(methods.toString())).append("}\n");
        return s.toString();
    }

    /**
     * The methods with each placeholder of a bean value replaced: a direct call when its class has a method, else
     * Jackson (decided only once every class reached is known).
     */
    private String linked(String code) {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(code);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Class<?> type = generated.keySet().stream().filter(c -> c.getName().equals(m.group(1))).findFirst()
                    .orElse(null);
            String var = m.group(2);
            String call = type != null
                    ? "(" + var + ".getClass() == " + name(type) + ".class ? t" + generated.get(type) + "(("
                    + name(type) + ") " + var + ") : TreeValues.unknown(" + var + "))"
                    // a class Jackson serializes its own way (IntOrString, Quantity): that value through Jackson
                    : "(" + var + ".getClass() == " + m.group(1).replace('$', '.') + ".class ? TreeValues.jackson("
                    + var + ") : TreeValues.unknown(" + var + "))";
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(call));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("@@([^@]+)@@([a-z]+)@@");

    /** A method for {@code type} when Jackson serializes it as a plain bean this code can copy. */
    private void bean(Class<?> type, Deque<Class<?>> todo) {
        if (!Modifier.isPublic(type.getModifiers()) || type.getCanonicalName() == null) {
            refused.put(type, "not public");
            return;
        }
        JsonSerializer<Object> serializer;
        try {
            serializer = provider.findValueSerializer(type);
        } catch (Exception e) {
            refused.put(type, "no serializer: " + e.getMessage());
            return;
        }
        if (serializer.getClass() != BeanSerializer.class) {
            refused.put(type, serializer.getClass().getSimpleName());
            return;
        }
        BeanSerializerBase bean = (BeanSerializerBase) serializer;
        for (String field : List.of("_filteredProps", "_propertyFilterId", "_typeId", "_objectIdWriter")) {
            if (read(BeanSerializerBase.class, field, bean) != null) {
                refused.put(type, field);
                return;
            }
        }
        List<BeanPropertyWriter> writers = new ArrayList<>();
        // Jackson 2.18+ keeps the any-getter among the properties, in its place in the order
        bean.properties().forEachRemaining((PropertyWriter w) -> writers.add((BeanPropertyWriter) w));
        StringBuilder body = new StringBuilder();
        List<Class<?>> reached = new ArrayList<>();
        for (BeanPropertyWriter w : writers) {
            String problem = property(w, body, reached);
            if (problem != null) {
                refused.put(type, w.getName() + ": " + problem);
                return;
            }
        }
        int n = generated.size();
        generated.put(type, n);
        methods.append("\n    // ").append(type.getName()).append('\n')
                .append("    static java.util.Map<String, Object> t").append(n).append('(').append(name(type))
                .append(" v) {\n")
                .append("        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();\n")
                .append("        Object x;\n")
                .append(body)
                .append("        return java.util.Collections.unmodifiableMap(m);\n    }\n");
        todo.addAll(reached);
    }

    /** Appends the code of one property; returns why it cannot, or null. */
    private String property(BeanPropertyWriter w, StringBuilder body, List<Class<?>> reached) {
        if (w.getClass() != BeanPropertyWriter.class && w.getClass() != AnyGetterWriter.class) {
            return w.getClass().getSimpleName();
        }
        if (w.getTypeSerializer() != null || w.hasNullSerializer()
                || read(BeanPropertyWriter.class, "_includeInViews", w) != null) {
            return "type id, null serializer or views";
        }
        if (w instanceof AnyGetterWriter any) {
            return anyGetter(any, body);
        }
        AnnotatedMember member = w.getMember();
        if (!(member instanceof AnnotatedMethod method) || method.getParameterCount() != 0
                || !Modifier.isPublic(method.getAnnotated().getModifiers())) {
            return "not a public getter";
        }
        Object suppressable = read(BeanPropertyWriter.class, "_suppressableValue", w);
        boolean suppressNulls = w.willSuppressNulls();
        boolean suppressEmpty = suppressable == BeanPropertyWriter.MARKER_FOR_EMPTY;
        if (suppressable != null && !suppressEmpty) {
            return "inclusion other than NON_NULL or NON_EMPTY";
        }
        JavaType type = w.getType();
        String key = literal(w.getName());
        body.append("        x = v.").append(method.getName()).append("();\n");
        String absent = suppressNulls || suppressEmpty ? "" : "        else m.put(" + key + ", null);\n";
        if (isScalar(type.getRawClass())) {
            if (w.hasSerializer() && !standard(w)) {
                return "serializer " + serializerOf(w);
            }
            if (contextual(type, w) != plain(type)) {
                return "format or other property annotation";
            }
            String empty = suppressEmpty && type.getRawClass() == String.class ? " && !((String) x).isEmpty()" : "";
            body.append("        if (x != null").append(empty).append(") m.put(").append(key).append(", x);\n")
                    .append(absent);
            return null;
        }
        if (w.hasSerializer()) {
            return "serializer " + serializerOf(w);
        }
        JsonSerializer<Object> contextual = contextual(type, w);
        if (type.isCollectionLikeType() && Collection.class.isAssignableFrom(type.getRawClass())) {
            Object unwrap = readAny(contextual, "_unwrapSingle");
            Object elements = readAny(contextual, "_elementSerializer");
            Object strings = readAny(contextual, "_serializer");
            if (unwrap != null && !Boolean.FALSE.equals(unwrap) || elements != null && !isStandard(elements)
                    || strings != null && !isStandard(strings)) {
                return "collection settings";
            }
            body.append("        if (x != null) {\n")
                    .append("            java.util.ArrayList<Object> l = new java.util.ArrayList<>();\n")
                    .append("            for (Object e : (java.util.Collection<?>) x) l.add(")
                    .append(value("e", type.getContentType(), reached)).append(");\n")
                    .append("            if (").append(suppressEmpty ? "!l.isEmpty()" : "true")
                    .append(") m.put(").append(key).append(", java.util.Collections.unmodifiableList(l));\n")
                    .append("        }\n").append(absent);
            return null;
        }
        if (type.isMapLikeType() && Map.class.isAssignableFrom(type.getRawClass())) {
            String problem = mapSettings(contextual, type);
            if (problem != null) {
                return problem;
            }
            body.append("        if (x != null) {\n")
                    .append("            java.util.Map<String, Object> o = ")
                    .append(mapCode("(java.util.Map<?, ?>) x", type.getContentType(), suppressesNulls(contextual),
                            reached)).append(";\n")
                    .append("            if (").append(suppressEmpty ? "!o.isEmpty()" : "true")
                    .append(") m.put(").append(key).append(", o);\n")
                    .append("        }\n").append(absent);
            return null;
        }
        if (suppressEmpty && !isBeanCandidate(type.getRawClass())) {
            return "NON_EMPTY on " + type.getRawClass().getName();
        }
        if (isBeanCandidate(type.getRawClass()) && contextual != plain(type)) {
            return "property annotations change the serializer";
        }
        body.append("        if (x != null) m.put(").append(key).append(", ").append(value("x", type, reached))
                .append(");\n").append(absent);
        return null;
    }

    /** The any-getter's map, written after (or among) the properties as Jackson writes it. */
    private String anyGetter(AnyGetterWriter any, StringBuilder body) {
        AnnotatedMember accessor = (AnnotatedMember) read(AnyGetterWriter.class, "_accessor", any);
        if (!(accessor instanceof AnnotatedMethod method) || !Modifier.isPublic(method.getAnnotated().getModifiers())) {
            return "any-getter is not a public method";
        }
        Object map = read(AnyGetterWriter.class, "_mapSerializer", any);
        if (map == null) {
            return "any-getter without a map serializer";
        }
        String problem = mapSettings(map, null);
        if (problem != null) {
            return "any-getter: " + problem;
        }
        body.append("        x = v.").append(method.getName()).append("();\n")
                .append("        if (x != null) TreeValues.putAll(m, (java.util.Map<?, ?>) x, ")
                .append(suppressesNulls(map)).append(");\n");
        return null;
    }

    /** Why a map serializer does something the generated code does not copy, or null. */
    private static String mapSettings(Object serializer, JavaType type) {
        if (!(serializer instanceof MapSerializer)) {
            return "map serializer " + serializer.getClass().getSimpleName();
        }
        if (type != null && type.getKeyType().getRawClass() != String.class) {
            return "map keys are not strings";
        }
        for (String field : List.of("_suppressableValue", "_inclusionChecker", "_valueTypeSerializer")) {
            if (read(MapSerializer.class, field, serializer) != null) {
                return "map " + field;
            }
        }
        if ((boolean) read(MapSerializer.class, "_sortKeys", serializer)) {
            return "map keys sorted";
        }
        Object values = read(MapSerializer.class, "_valueSerializer", serializer);
        if (values != null && !isStandard(values)) {
            return "map values serializer " + values.getClass().getSimpleName();
        }
        Object keys = read(MapSerializer.class, "_keySerializer", serializer);
        if (keys != null && !keys.getClass().getName().startsWith(
                "com.fasterxml.jackson.databind.ser.std.StdKeySerializers")) {
            return "map keys serializer " + keys.getClass().getSimpleName();
        }
        return null;
    }

    private static boolean suppressesNulls(Object mapSerializer) {
        return (boolean) read(MapSerializer.class, "_suppressNulls", mapSerializer);
    }

    /** Code for the map's entries (a null key fails, as in Jackson). */
    private String mapCode(String map, JavaType content, boolean suppressNulls, List<Class<?>> reached) {
        String convert = value("e", content, reached);
        return "TreeValues.map(" + map + ", " + suppressNulls + ", e -> " + convert + ")";
    }

    /** Code for a value of the declared type, {@code var} not null; other classes at run time go to Jackson. */
    private String value(String var, JavaType type, List<Class<?>> reached) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class || raw == Integer.class || raw == Long.class || raw == Boolean.class) {
            return var + " == null || " + var + ".getClass() == " + raw.getName() + ".class ? " + var
                    + " : TreeValues.value(" + var + ")";
        }
        if (isBeanCandidate(raw)) {
            reached.add(raw);
            return "(" + var + " == null ? null : @@" + raw.getName() + "@@" + var + "@@)";
        }
        return "TreeValues.value(" + var + ")";
    }

    private static boolean isScalar(Class<?> raw) {
        return raw == String.class || raw == Integer.class || raw == int.class || raw == Long.class
                || raw == long.class || raw == Boolean.class || raw == boolean.class;
    }

    /** A class of the fabric8 model that may have a bean method of its own. */
    private static boolean isBeanCandidate(Class<?> raw) {
        return raw.getName().startsWith("io.fabric8.") && !raw.isInterface() && !raw.isEnum()
                && !Modifier.isAbstract(raw.getModifiers());
    }

    private boolean standard(BeanPropertyWriter w) {
        return isStandard(serializerOf(w));
    }

    /** Jackson's own serializer of a scalar the generated code keeps as it is. */
    private static boolean isStandard(Object serializer) {
        Class<?> c = serializer.getClass();
        return c == StringSerializer.class || c == BooleanSerializer.class
                || c == NumberSerializers.IntegerSerializer.class || c == NumberSerializers.LongSerializer.class;
    }

    private static Object serializerOf(BeanPropertyWriter w) {
        return read(BeanPropertyWriter.class, "_serializer", w);
    }

    private JsonSerializer<Object> plain(JavaType type) {
        try {
            return provider.findValueSerializer(type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonSerializer<Object> contextual(JavaType type, BeanPropertyWriter w) {
        try {
            return provider.findPrimaryPropertySerializer(type, w);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Class<?> type) {
        return type.getCanonicalName();
    }

    private static String literal(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    private static Object read(Class<?> owner, String field, Object target) {
        try {
            Field f = owner.getDeclaredField(field);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Jackson " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION
                    + " has no field " + owner.getSimpleName() + "." + field + ": TreeCode needs updating", e);
        }
    }

    /** A field of the serializer's class or a superclass, or null when none has it. */
    private static Object readAny(Object target, String field) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                // look further up
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private static void compile(Path file, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("TreeCode needs a JDK (javax.tools has no compiler in " + System.getProperty(
                    "java.home") + ")");
        }
        List<String> options = List.of("--release", "17", "-nowarn", "-encoding", "UTF-8", "-d", classes.toString(),
                "-classpath", classpath(classes));
        int code = javac.run(null, null, null, concat(options, file.toString()));
        if (code != 0) {
            throw new IllegalStateException("javac failed on " + file + " (exit " + code + ")");
        }
    }

    private static String[] concat(List<String> options, String file) {
        List<String> all = new ArrayList<>(options);
        all.add(file);
        return all.toArray(String[]::new);
    }

    /** The classpath this runs on (exec-maven-plugin gives it as a class loader, not as java.class.path). */
    private static String classpath(Path classes) {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(classes.toString());
        for (ClassLoader l = TreeCode.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a file: not for javac
                    }
                }
            }
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
