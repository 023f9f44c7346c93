package fr.interconnectes.candidatures.local.emulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An emulator that runs as a Node.js program from the project's pinned npm packages. The process is
 * stopped by {@link #close()} and, should the JVM die first, by a shutdown hook, so no node process is
 * left behind.
 */
public final class NodeEmulator implements AutoCloseable {

    private static final Object NPM_LOCK = new Object();

    private final String name;
    private final Process process;
    private final Thread shutdownHook;
    private final int port;

    private NodeEmulator(String name, Process process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.shutdownHook = new Thread(this::stopProcess, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts {@code node <script> <arguments>} from the project root and waits until it accepts connections. */
    public static NodeEmulator start(String name, Path projectRoot, String script, int port, Path logFile,
                                     List<String> arguments) {
        ensureNpmPackages(projectRoot);
        List<String> command = new ArrayList<>();
        command.add("node");
        command.add(projectRoot.resolve(script).toString());
        command.addAll(arguments);
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command)
                    .directory(projectRoot.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            NodeEmulator emulator = new NodeEmulator(name, process, port);
            emulator.awaitPort(Duration.ofSeconds(30), logFile);
            return emulator;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name + " (is Node.js installed?)", e);
        }
    }

    /** Installs the pinned npm packages (npm ci) when they are missing. */
    public static void ensureNpmPackages(Path projectRoot) {
        synchronized (NPM_LOCK) {
            if (Files.isRegularFile(projectRoot.resolve("node_modules/dynalite/cli.js"))
                    && Files.isRegularFile(projectRoot.resolve("node_modules/aws-ses-v2-local/dist/cli.js"))
                    && Files.isRegularFile(projectRoot.resolve("node_modules/playwright-core/package.json"))) {
                return;
            }
            try {
                // not inheritIO: a test JVM's standard streams belong to Surefire
                Path log = projectRoot.resolve("target/npm-ci.log");
                Files.createDirectories(log.getParent());
                Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                        .directory(projectRoot.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                    throw new IllegalStateException("npm ci failed in " + projectRoot + "; see " + log);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot run npm ci (is Node.js/npm installed?)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running npm ci", e);
            }
        }
    }

    public int port() {
        return port;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private void awaitPort(Duration timeout, Path logFile) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + "; see " + logFile);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        stopProcess();
        throw new IllegalStateException(name + " did not listen on port " + port + " within " + timeout);
    }

    private void stopProcess() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the process is being stopped anyway
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
