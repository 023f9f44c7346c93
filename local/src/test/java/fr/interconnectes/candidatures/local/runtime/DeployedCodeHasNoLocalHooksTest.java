package fr.interconnectes.candidatures.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.config.FunctionRuntime;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.port.Campaigns;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What functions.jar is shaded from (core, http, aws, functions) holds no local-only hook: no way to move
 * the clock, no per-thread environment, no local class, no runtime registered in its place. Each module is
 * read where this test's class path takes it from (target/classes in the reactor, else the installed jar),
 * so it checks the very classes the local runner hosts.
 */
class DeployedCodeHasNoLocalHooksTest {

    private static final Set<String> HOOK_METHODS = Set.of("travelTo", "runWith");
    private static final String SERVICE_REGISTRATION = "META-INF/services/" + FunctionRuntime.class.getName();

    @ParameterizedTest
    @ValueSource(classes = {Campaigns.class, ApiResponse.class, AwsAdapters.class, HttpFunction.class})
    void theDeployedModuleOfferingThisClassHasNoLocalHook(Class<?> member) throws Exception {
        List<String> hooks = new ArrayList<>();
        List<String> classes;
        try (Module module = Module.of(member)) {
            classes = module.classNames();
            if (Files.exists(module.root().resolve(SERVICE_REGISTRATION))) {
                hooks.add(SERVICE_REGISTRATION);
            }
        }
        for (String name : classes) {
            if (name.startsWith("fr.interconnectes.candidatures.local.")) {
                hooks.add(name + " is a local class");
            }
            Class<?> type = Class.forName(name, false, member.getClassLoader());
            Arrays.stream(type.getDeclaredMethods()).map(Method::getName).filter(HOOK_METHODS::contains)
                    .forEach(method -> hooks.add(name + "." + method + "()"));
            Arrays.stream(type.getDeclaredFields()).filter(field -> ThreadLocal.class.isAssignableFrom(field.getType()))
                    .map(Field::getName).forEach(field -> hooks.add(name + "." + field + " is a ThreadLocal"));
        }

        assertThat(classes).as("classes read beside " + member.getName()).contains(member.getName()).hasSizeGreaterThan(3);
        assertThat(hooks).isEmpty();
    }

    /** A module's classes, from its output directory or its jar. */
    private record Module(Path root, FileSystem jar) implements AutoCloseable {

        static Module of(Class<?> member) throws IOException, URISyntaxException {
            Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return new Module(location, null);
            }
            FileSystem jar = FileSystems.newFileSystem(location);
            return new Module(jar.getPath("/"), jar);
        }

        List<String> classNames() throws IOException {
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(file -> root.relativize(file).toString())
                        .filter(file -> file.endsWith(".class") && !file.endsWith("module-info.class"))
                        .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                        .toList();
            }
        }

        @Override
        public void close() throws IOException {
            if (jar != null) {
                jar.close();
            }
        }
    }
}
