package fr.interconnectes.candidatures.local.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The web pages (the applicant's form on top of the API), served from the project's web/ folder; and a few files
 * mounted from elsewhere in the project at a path of their own: the API contract and the Redoc bundle of the
 * docs page ({@code /docs/}), which is served from node_modules, never from a CDN.
 */
public final class StaticFiles {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "yaml", "application/yaml; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    private final Path root;
    private final Map<String, Path> mounted;

    public StaticFiles(Path root) {
        this(root, Map.of());
    }

    /** @param mounted request path (e.g. {@code /docs/openapi.yaml}) to the file it serves */
    public StaticFiles(Path root, Map<String, Path> mounted) {
        this.root = root.toAbsolutePath().normalize();
        this.mounted = Map.copyOf(mounted);
    }

    /** The project's web/ folder, with the docs page's contract ({@code api/openapi.yaml}) and Redoc bundle. */
    public static StaticFiles ofProject(Path projectRoot) {
        return new StaticFiles(projectRoot.resolve("web"), Map.of(
                "/docs/openapi.yaml", projectRoot.resolve("api/openapi.yaml"),
                "/docs/redoc.standalone.js", projectRoot.resolve("node_modules/redoc/bundles/redoc.standalone.js")));
    }

    public record StaticFile(byte[] bytes, String contentType) {
    }

    public Optional<StaticFile> find(String path) {
        if (mounted.containsKey(path)) {
            return read(mounted.get(path));
        }
        String relative = path.equals("/") ? "index.html" : path.substring(1);
        Path file;
        try {
            file = root.resolve(relative).normalize();
        } catch (InvalidPathException notAPath) {
            // a NUL or another character no file name holds: no such file
            return Optional.empty();
        }
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return read(file);
    }

    private static Optional<StaticFile> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        try {
            return Optional.of(new StaticFile(Files.readAllBytes(file),
                    TYPES.getOrDefault(extension, "application/octet-stream")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
