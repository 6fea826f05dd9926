package dev.wwegen.api;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.ArchitectureModel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds an architecture from a model class. The entry point is either
 * <ul>
 *   <li>a public class implementing {@link ArchitectureModel} with a public no-argument constructor, or</li>
 *   <li>a public class with {@code public static Architecture architecture()} (as the reference model has).</li>
 * </ul>
 * A DSL call that throws while the model is built (a missing value, a gateway built in the wrong order) is
 * reported at the line of the model's source that made it.
 */
public final class ModelLoader {

    static final String HINT = "implement dev.wwegen.dsl.model.ArchitectureModel (public class, public no-argument"
            + " constructor) or declare public static Architecture architecture()";

    private ModelLoader() {
    }

    /**
     * Loads the model class {@code className} with {@code loader} and builds it.
     *
     * @param className fully qualified, e.g. {@code com.example.Estate}
     * @param loader    a class loader that sees the model and the DSL
     * @param sources   class name → source file name to print in findings
     * @return the architecture, or findings
     */
    public static ModelLoad fromClassName(String className, ClassLoader loader,
                                          Function<String, Optional<String>> sources) {
        try {
            return fromClass(Class.forName(className, true, loader), sources);
        } catch (ClassNotFoundException | LinkageError e) {
            return ModelLoad.failed(List.of(Finding.error("model " + className, "", "cannot load model class "
                    + className + ": " + e, "compile the project first, and check the class name")));
        }
    }

    /**
     * Builds the model of an entry-point class.
     *
     * @param type    a class implementing {@link ArchitectureModel} or with a static {@code architecture()}
     * @param sources class name → source file name to print in findings
     * @return the architecture, or findings
     */
    public static ModelLoad fromClass(Class<?> type, Function<String, Optional<String>> sources) {
        String where = sources.apply(type.getName()).orElse("model " + type.getName());
        if (!isEntryPoint(type)) {
            return ModelLoad.failed(List.of(Finding.error(where, "", type.getName() + " is not a model entry point",
                    HINT)));
        }
        try {
            Architecture architecture;
            if (ArchitectureModel.class.isAssignableFrom(type)) {
                architecture = ((ArchitectureModel) type.getConstructor().newInstance()).architecture();
            } else {
                architecture = (Architecture) staticEntry(type).orElseThrow().invoke(null);
            }
            if (architecture == null) {
                return ModelLoad.failed(List.of(Finding.error(where, "", type.getName()
                        + " returned no architecture (null)", "return Architecture.named(...)...")));
            }
            return new ModelLoad(Optional.of(architecture), List.of(), sources);
        } catch (InvocationTargetException e) {
            return ModelLoad.failed(List.of(thrown(e.getCause(), type, where, sources)));
        } catch (RuntimeException e) {
            return ModelLoad.failed(List.of(thrown(e, type, where, sources)));
        } catch (ReflectiveOperationException e) {
            return ModelLoad.failed(List.of(Finding.error(where, "", "cannot run model " + type.getName() + ": " + e,
                    HINT)));
        }
    }

    /**
     * @param type a class
     * @return true when {@code type} is a model entry point (see the class comment)
     */
    public static boolean isEntryPoint(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
            return false;
        }
        if (ArchitectureModel.class.isAssignableFrom(type)) {
            try {
                return Modifier.isPublic(type.getConstructor().getModifiers());
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
        return staticEntry(type).isPresent();
    }

    private static Optional<Method> staticEntry(Class<?> type) {
        try {
            Method m = type.getMethod("architecture");
            return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == Architecture.class
                    ? Optional.of(m) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** An exception thrown while building: at the first frame of the model's own code. */
    private static Finding thrown(Throwable cause, Class<?> type, String where, Function<String, Optional<String>> sources) {
        String at = where;
        for (StackTraceElement frame : cause.getStackTrace()) {
            String top = frame.getClassName().contains("$")
                    ? frame.getClassName().substring(0, frame.getClassName().indexOf('$')) : frame.getClassName();
            Optional<String> file = sources.apply(top);
            if (file.isPresent() || top.equals(type.getName())) {
                at = file.orElse(frame.getFileName() == null ? top : Path.of(frame.getFileName()).toString())
                        + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "");
                break;
            }
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return Finding.error(at, "", "building the model failed: " + message,
                "fix the DSL call on that line (every value the DSL needs must be given, e.g. not null)");
    }
}
