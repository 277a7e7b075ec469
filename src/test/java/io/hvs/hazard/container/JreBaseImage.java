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
            return NAME;
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

}
