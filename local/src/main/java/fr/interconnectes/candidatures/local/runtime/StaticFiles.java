package fr.interconnectes.candidatures.local.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The web pages (the applicant's form, the staff console), served from the project's web/ folder, and the
 * browser libraries that {@code web/vendor.json} maps from node_modules (so no library file is copied into
 * web/ and the versions stay those of package.json).
 */
public final class StaticFiles {

    private static final String VENDOR_MAP = "vendor.json";

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
    private final Map<String, Path> vendored;
    private final Map<String, byte[]> generated;

    /** Pages of {@code root}; vendored libraries resolved against its parent (the project root). */
    public StaticFiles(Path root) {
        this(root.toAbsolutePath().normalize(), readVendorMap(root.toAbsolutePath().normalize()), Map.of());
    }

    private StaticFiles(Path root, Map<String, Path> vendored, Map<String, byte[]> generated) {
        this.root = root;
        this.vendored = vendored;
        this.generated = generated;
    }

    /**
     * These files plus one the local run writes itself at {@code path} (such as the console's sign-in settings, which
     * on AWS the publishing step writes); it takes precedence over a file of the folder.
     */
    public StaticFiles with(String path, byte[] bytes) {
        Map<String, byte[]> files = new HashMap<>(generated);
        files.put(path, bytes.clone());
        return new StaticFiles(root, vendored, Map.copyOf(files));
    }

    private static Map<String, Path> readVendorMap(Path root) {
        Path map = root.resolve(VENDOR_MAP);
        if (!Files.isRegularFile(map)) {
            return Map.of();
        }
        try {
            JsonNode entries = new ObjectMapper().readTree(map.toFile());
            Map<String, Path> paths = new HashMap<>();
            entries.properties().forEach(entry -> {
                if (!entry.getKey().startsWith("_")) {
                    paths.put(entry.getKey(), root.getParent().resolve(entry.getValue().asText()).normalize());
                }
            });
            return Map.copyOf(paths);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + map, e);
        }
    }

    /** The content type of each file extension served (scripts/publish-web.sh sets the same ones on the bucket). */
    public static Map<String, String> contentTypes() {
        return TYPES;
    }

    public record StaticFile(byte[] bytes, String contentType) {
    }

    public Optional<StaticFile> find(String path) {
        byte[] written = generated.get(path);
        if (written != null) {
            return Optional.of(new StaticFile(written.clone(), contentType(path)));
        }
        String relative = path.equals("/") ? "index.html" : path.substring(1);
        Path file;
        try {
            file = root.resolve(relative).normalize();
        } catch (InvalidPathException notAPath) {
            // a NUL or another character no file name holds: no such file
            return Optional.empty();
        }
        if (!file.startsWith(root) || file.equals(root.resolve(VENDOR_MAP))) {
            return Optional.empty();
        }
        Path vendoredFile = vendored.get(relative);
        if (vendoredFile != null) {
            file = vendoredFile;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StaticFile(Files.readAllBytes(file), contentType(file.getFileName().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
