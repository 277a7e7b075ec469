package io.hvs.hazard.container;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs podman commands. The global options default to what works in a locked-down CI sandbox (vfs storage,
 * cgroupfs, runc); override them with -Dpodman.options="..." on a normal workstation.
 */
final class Podman {

    static final Path EXECUTABLE = Path.of("/usr/bin/podman");

    private static final String DEFAULT_OPTIONS = "--storage-driver vfs --cgroup-manager cgroupfs --runtime runc";

    private final List<String> options = Arrays
        .asList(System.getProperty("podman.options", DEFAULT_OPTIONS).trim().split("\\s+"));

    private final Path logDir;

    Podman(Path logDir) throws IOException {
        this.logDir = Files.createDirectories(logDir);
    }

    /**
     * Arguments of {@code podman run} as a cluster runs the pod: read-only root, a 64 MB /tmp (which also proves
     * TensorFlow's 680 MB library is not unpacked there), no capabilities, no privilege gain, host loopback.
     */
    static String[] lockedDownRun(String image, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--read-only", "--tmpfs", "/tmp:rw,size=64m,mode=1777",
                "--cap-drop", "ALL", "--security-opt", "no-new-privileges", "--network", "host", "--ulimit",
                "nofile=20000:20000", "--ulimit", "nproc=4096:4096"));
        args.addAll(List.of(extra));
        args.add(image);
        return args.toArray(String[]::new);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Runs podman and returns its trimmed stdout; fails with the output when the exit code is not 0. */
    String run(Duration timeout, String... args) throws IOException, InterruptedException {
        Result result = tryRun(timeout, args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("podman " + String.join(" ", args) + " exited with "
                    + result.exitCode() + ":\n" + result.output());
        }
        return result.output().strip();
    }

    Result tryRun(Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(EXECUTABLE.toString());
        command.addAll(this.options);
        command.addAll(List.of(args));
        return exec(command, timeout, null);
    }

    /** Runs any command; output goes to a log file under target/ (build logs are long). */
    Result exec(List<String> command, Duration timeout, Path stdin) throws IOException, InterruptedException {
        Path log = Files.createTempFile(this.logDir, command.get(command.size() > 1 ? 1 : 0).replace('/', '_'),
                ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(log.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " timed out after " + timeout + "; see "
                    + log);
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * Exit code and combined output of a command.
     *
     * @param exitCode the exit code
     * @param output stdout and stderr
     */
    record Result(int exitCode, String output) {
    }

}
