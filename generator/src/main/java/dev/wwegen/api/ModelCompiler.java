package dev.wwegen.api;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.model.Architecture;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code --model PATH}: compiles a {@code .java} file, or every {@code .java} file under a folder, in
 * process with {@code javax.tools} against the DSL (the class path is where the running wwegen's DSL
 * classes are: the wwegen jar, or {@code dsl/target/classes}), finds the one entry point (see
 * {@link ModelLoader}) and builds it. Compile errors come back as findings at {@code file:line:column}
 * with javac's message. The classes go to a temporary folder that is deleted afterwards; nothing else is
 * written.
 */
public final class ModelCompiler {

    private ModelCompiler() {
    }

    /**
     * Compiles and builds the model at {@code path}.
     *
     * @param path a {@code .java} file or a folder of sources
     * @return the architecture, or findings (compile errors, no or several entry points, a DSL exception)
     */
    public static ModelLoad load(Path path) {
        List<Path> sources;
        try {
            sources = sources(path);
        } catch (IOException e) {
            return ModelLoad.failed(List.of(Finding.error(path.toString(), "", "cannot read the model: " + e.getMessage(),
                    "give a .java file or a folder of .java files")));
        }
        if (sources.isEmpty()) {
            return ModelLoad.failed(List.of(Finding.error(path.toString(), "", "no .java file found",
                    "give a .java file or a folder of .java files")));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return ModelLoad.failed(List.of(Finding.error(path.toString(), "", "this Java runtime has no compiler",
                    "run wwegen with a JDK (java from a JDK 17 or later), not a JRE")));
        }
        Path classes = null;
        try {
            classes = Files.createTempDirectory("wwegen-model");
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            Map<String, String> declared = new HashMap<>();
            try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                List<String> options = List.of("-d", classes.toString(), "-classpath", dslClassPath(),
                        "-proc:none", "-encoding", "UTF-8", "-g", "-implicit:none");
                var units = files.getJavaFileObjectsFromPaths(sources);
                var task = (com.sun.source.util.JavacTask) javac.getTask(null, files, diagnostics, options, null, units);
                task.addTaskListener(new com.sun.source.util.TaskListener() {
                    @Override
                    public void finished(com.sun.source.util.TaskEvent e) {
                        if (e.getKind() == com.sun.source.util.TaskEvent.Kind.ANALYZE && e.getTypeElement() != null) {
                            declared.put(task.getElements().getBinaryName(e.getTypeElement()).toString(),
                                    display(Path.of(e.getSourceFile().toUri())));
                        }
                    }
                });
                boolean ok = task.call();
                List<Finding> errors = compileErrors(diagnostics);
                if (!ok || !errors.isEmpty()) {
                    return ModelLoad.failed(errors.isEmpty() ? List.of(Finding.error(path.toString(), "",
                            "the model does not compile", "")) : errors);
                }
            }
            return build(path, classes, declared);
        } catch (IOException e) {
            return ModelLoad.failed(List.of(Finding.error(path.toString(), "", "cannot compile the model: " + e.getMessage(),
                    "")));
        } finally {
            delete(classes);
        }
    }

    private static ModelLoad build(Path path, Path classes, Map<String, String> declared) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()},
                Architecture.class.getClassLoader())) {
            List<Class<?>> entries = new ArrayList<>();
            for (String name : declared.keySet().stream().sorted().toList()) {
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (ModelLoader.isEntryPoint(type)) {
                    entries.add(type);
                }
            }
            if (entries.size() != 1) {
                String found = entries.stream().map(Class::getName).toList().toString();
                return ModelLoad.failed(List.of(Finding.error(path.toString(), "", entries.isEmpty()
                                ? "no model entry point" : "several model entry points: " + found,
                        entries.isEmpty() ? ModelLoader.HINT : "keep one entry point per --model path")));
            }
            return ModelLoader.fromClass(entries.get(0), name -> Optional.ofNullable(declared.get(name)));
        }
    }

    private static List<Finding> compileErrors(DiagnosticCollector<JavaFileObject> diagnostics) {
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = d.getSource() == null ? "javac" : display(Path.of(d.getSource().toUri()));
            String where = d.getLineNumber() > 0 ? file + ":" + d.getLineNumber() + ":" + d.getColumnNumber() : file;
            String message = String.join("; ", d.getMessage(Locale.ROOT).lines().map(String::strip).toList());
            findings.add(Finding.error(where, "", message, "fix the Java error; the DSL is documented in the README"));
        }
        return findings;
    }

    /** The DSL's location: the wwegen jar when it runs from one, else the DSL's class folder. */
    static String dslClassPath() {
        try {
            return Path.of(Architecture.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the DSL classes", e);
        }
    }

    private static List<Path> sources(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return path.toString().endsWith(".java") ? List.of(path) : List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** A source path as the user wrote it: relative to the working folder when inside it. */
    private static String display(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }

}
