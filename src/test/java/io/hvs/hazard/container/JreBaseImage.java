package io.hvs.hazard.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The local Java 17 base image, made from Debian's packages with debootstrap (no registry is reachable from
 * CI). Built once and then reused: it is kept in podman's storage between runs, and only rebuilt when missing.
 */
final class JreBaseImage {

    static final String NAME = System.getProperty("hvs.it.base-image", "localhost/hvs-jre17-base:bookworm");

    private static final String MIRROR = System.getProperty("hvs.it.debian-mirror", "http://deb.debian.org/debian");

    private JreBaseImage() {
    }

    static String ensure(Podman podman) throws IOException, InterruptedException {
        if (podman.tryRun(Duration.ofSeconds(30), "image", "exists", NAME).exitCode() == 0) {
            if (runsJavaAsNonRoot(podman)) {
                return NAME;
            }
            // A base kept from an earlier build that the service's user cannot use (see the chmod below).
            podman.run(Duration.ofMinutes(2), "rmi", "-f", NAME);
        }
        Path root = Files.createTempDirectory("hvs-jre-root");
        try {
            Podman.Result bootstrap = podman.exec(List.of("debootstrap", "--variant=minbase",
                    "--include=openjdk-17-jre-headless", "bookworm", root.toString(), MIRROR),
                    Duration.ofMinutes(10), null);
            if (bootstrap.exitCode() != 0) {
                throw new IllegalStateException("debootstrap failed (needs root and Debian's mirror):\n"
                        + bootstrap.output());
            }
            // The temp directory is created rwx------ and becomes the image's "/": the non-root user of the
            // service image could then not reach /usr/bin/java ("executable file not found in $PATH").
            podman.exec(List.of("chmod", "755", root.toString()), Duration.ofSeconds(30), null);
            // Package caches and docs are not needed at run time: about 190 MB less.
            podman.exec(List.of("sh", "-c", "rm -rf " + root + "/var/cache/apt/archives/*.deb " + root
                    + "/var/lib/apt/lists/* " + root + "/usr/share/doc/* " + root + "/usr/share/man/* " + root
                    + "/usr/share/locale/*"), Duration.ofMinutes(1), null);
            Path tar = Files.createTempFile("hvs-jre-root", ".tar");
            try {
                podman.exec(List.of("tar", "-C", root.toString(), "-cf", tar.toString(), "."), Duration.ofMinutes(5),
                        null);
                podman.run(Duration.ofMinutes(5), "import", tar.toString(), NAME);
            }
            finally {
                Files.deleteIfExists(tar);
            }
        }
        finally {
            podman.exec(List.of("rm", "-rf", root.toString()), Duration.ofMinutes(2), null);
        }
        return NAME;
    }

    /** Whether the service's non-root user can start java in the base image, locked down as the service runs. */
    private static boolean runsJavaAsNonRoot(Podman podman) throws IOException, InterruptedException {
        List<String> run = new java.util.ArrayList<>(
                List.of(Podman.lockedDownRun(NAME, "--rm", "--user", "10001:10001")));
        run.addAll(List.of("java", "-version"));
        return podman.tryRun(Duration.ofMinutes(1), run.toArray(String[]::new)).exitCode() == 0;
    }

}
