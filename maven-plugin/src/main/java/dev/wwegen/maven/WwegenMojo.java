package dev.wwegen.maven;

import dev.wwegen.api.ModelLoad;
import dev.wwegen.api.Wwegen;
import dev.wwegen.dsl.check.Finding;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every goal shares: the model class compiled in this project, run on its compile class path
 * (the DSL classes come from the plugin, so the model's {@code Architecture} is the generator's), the
 * profiles folder and the output folder. Findings are logged as the CLI prints them; bad input and
 * error findings fail the build, and so do warnings with {@code failOnWarnings}.
 */
abstract class WwegenMojo extends AbstractMojo {

    /** The entry point: a class implementing {@code ArchitectureModel}, or with a static {@code architecture()}. */
    @Parameter(property = "wwegen.modelClass", required = true)
    String modelClass;

    /** Folder of profile YAML files. */
    @Parameter(property = "wwegen.profiles", defaultValue = "${project.basedir}/profiles")
    File profilesDirectory;

    /** Output folder: chart/, values/, manifests/, docs/. */
    @Parameter(property = "wwegen.output", defaultValue = "${project.basedir}/output")
    File outputDirectory;

    /** Profiles to generate; empty for every profile in the folder. */
    @Parameter(property = "wwegen.profileNames")
    List<String> profiles = new ArrayList<>();

    /** Fail the build on warnings too. */
    @Parameter(property = "wwegen.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /** Skip the goal. */
    @Parameter(property = "wwegen.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    abstract Wwegen.Mode mode();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("wwegen: skipped");
            return;
        }
        List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of).toList();
        Wwegen.Result result;
        try (URLClassLoader loader = new URLClassLoader(classPath(), getClass().getClassLoader())) {
            ModelLoad model = Wwegen.load(modelClass, loader, sourceRoots);
            result = Wwegen.run(model, profilesDirectory.toPath(), outputDirectory.toPath(), profiles, mode());
        } catch (IOException e) {
            throw new MojoExecutionException("wwegen: " + e.getMessage(), e);
        }
        for (Finding f : result.findings()) {
            if (f.isError()) {
                getLog().error(f.format());
            } else {
                getLog().warn(f.format());
            }
        }
        for (String message : result.messages()) {
            if (result.exitCode() == 0) {
                getLog().info("wwegen: " + message);
            } else {
                getLog().error("wwegen: " + message);
            }
        }
        if (result.exitCode() != 0) {
            throw new MojoFailureException("wwegen " + mode().name().toLowerCase(java.util.Locale.ROOT) + " failed"
                    + (result.exitCode() == 2 ? " (bad model or profile input)" : "") + "; see the messages above");
        }
        if (failOnWarnings && result.hasWarnings()) {
            throw new MojoFailureException("wwegen: warnings, and failOnWarnings is set");
        }
    }

    private URL[] classPath() throws MojoExecutionException {
        try {
            List<URL> urls = new ArrayList<>();
            for (String element : project.getCompileClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            return urls.toArray(URL[]::new);
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("wwegen: cannot build the model's class path: " + e.getMessage(), e);
        }
    }
}
