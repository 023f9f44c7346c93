package fr.interconnectes.candidatures.local.emulator;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project root (the folder holding template.yaml and package.json) from wherever we run. */
public final class ProjectRoot {

    private ProjectRoot() {
    }

    public static Path locate() {
        String configured = System.getProperty("project.root");
        if (configured != null && isRoot(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (isRoot(dir)) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Cannot find the project root (template.yaml + package.json) above "
                + Path.of("").toAbsolutePath());
    }

    private static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("template.yaml")) && Files.isRegularFile(dir.resolve("package.json"));
    }
}
