package io.hvs.hazard.mlruns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** UTF-8 text file access that turns IOExceptions into MlrunsExceptions naming the path. */
final class TextFiles {

    private TextFiles() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (NoSuchFileException ex) {
            throw MlrunsException.notFound("missing file " + file);
        }
        catch (IOException ex) {
            throw MlrunsException.io("read", file, ex);
        }
    }

    /** Replaces the file through a temporary sibling, so a reader never sees half a file. */
    static void write(Path file, String text) {
        createDirectories(file.getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (AtomicMoveNotSupportedException ex) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException ex) {
            throw MlrunsException.io("write", file, ex);
        }
    }

    static void append(Path file, String text) {
        createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        catch (IOException ex) {
            throw MlrunsException.io("append to", file, ex);
        }
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        }
        catch (IOException ex) {
            throw MlrunsException.io("create directory", dir, ex);
        }
    }

}
