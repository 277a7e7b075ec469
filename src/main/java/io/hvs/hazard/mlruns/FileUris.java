package io.hvs.hazard.mlruns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Converts between local paths and the location strings MLflow records: {@code file:} URIs,
 * plain paths, and schemes that are not local ({@code mlflow-artifacts:}, {@code s3:} ...).
 */
final class FileUris {

    // Two or more letters, so a Windows drive ("C:") is not mistaken for a scheme.
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    private FileUris() {
    }

    /**
     * The local path a location names, or empty when it uses a non-local scheme or a remote host.
     * Like MLflow, {@code file:} takes the URI path and percent-decodes it.
     */
    static Optional<Path> toLocalPath(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        if (!SCHEME.matcher(location).find()) {
            return Optional.of(Path.of(location));
        }
        if (!location.regionMatches(true, 0, "file:", 0, 5)) {
            return Optional.empty();
        }
        String rest = location.substring(5);
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            String authority = (slash < 0) ? rest.substring(2) : rest.substring(2, slash);
            if (!authority.isEmpty() && !authority.equalsIgnoreCase("localhost")) {
                return Optional.empty();
            }
            rest = (slash < 0) ? "/" : rest.substring(slash);
        }
        int query = indexOfAny(rest, '?', '#');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        return Optional.of(Path.of(percentDecode(rest)));
    }

    /** {@code file:///abs/path} without a trailing slash, as MLflow's path_to_local_file_uri writes it. */
    static String toFileUri(Path path) {
        String raw = path.toAbsolutePath().normalize().toUri().getRawPath();
        if (raw.length() > 1 && raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        return "file://" + raw;
    }

    /** True when the location starts with a URI scheme (file:, mlflow-artifacts:, runs: ...). */
    static boolean hasScheme(String location) {
        return SCHEME.matcher(location).find();
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return (a < 0) ? b : (b < 0) ? a : Math.min(a, b);
    }

    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length) {
                int hi = Character.digit(bytes[i + 1], 16);
                int lo = Character.digit(bytes[i + 2], 16);
                if (hi >= 0 && lo >= 0) {
                    out.write(hi * 16 + lo);
                    i += 2;
                    continue;
                }
            }
            out.write(bytes[i]);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

}
