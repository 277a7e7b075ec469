package io.hvs.hazard.mlruns;

import java.util.Locale;

/**
 * A parsed model URI: {@code runs:/<run_id>/<path>}, {@code models:/<name>/<version>},
 * {@code models:/<name>/latest}, {@code models:/<name>/<stage>} or {@code models:/<name>@<alias>},
 * each optionally followed by a subpath. Parsing follows MLflow 2.x; MLflow 3's
 * {@code models:/<model_id>} is not an mlruns 2.x form and is rejected.
 */
public sealed interface ModelUri permits ModelUri.Run, ModelUri.Registered {

    /** The URI text as given. */
    String uri();

    /**
     * Parses a model URI; INVALID_ARGUMENT names the URI and the expected forms.
     */
    static ModelUri parse(String uri) {
        if (uri == null || uri.isBlank()) {
            throw MlrunsException.invalid("model URI is empty; expected runs:/<run_id>/<path>, "
                    + "models:/<name>/<version|stage|latest> or models:/<name>@<alias>");
        }
        String text = uri.strip();
        if (text.startsWith("runs:/")) {
            return parseRuns(uri, text.substring("runs:/".length()));
        }
        if (text.startsWith("models:/")) {
            return parseModels(uri, text.substring("models:/".length()));
        }
        throw MlrunsException.invalid("model URI '" + uri + "' must start with runs:/ or models:/");
    }

    private static ModelUri parseRuns(String uri, String rest) {
        int slash = rest.indexOf('/');
        String runId = (slash < 0) ? rest : rest.substring(0, slash);
        if (!MlrunsLayout.isRunId(runId)) {
            throw MlrunsException.invalid("model URI '" + uri + "' has no valid run id; expected runs:/<run_id>/<path>");
        }
        return new Run(uri, runId, (slash < 0) ? "" : trimSlashes(rest.substring(slash + 1)));
    }

    private static ModelUri parseModels(String uri, String rest) {
        int slash = rest.indexOf('/');
        String head = (slash < 0) ? rest : rest.substring(0, slash);
        String tail = (slash < 0) ? "" : rest.substring(slash + 1);
        int at = head.indexOf('@');
        if (at > 0 && at < head.length() - 1) {
            return new Registered(uri, name(uri, head.substring(0, at)), Selector.ALIAS, head.substring(at + 1),
                    trimSlashes(tail));
        }
        int next = tail.indexOf('/');
        String selector = (next < 0) ? tail : tail.substring(0, next);
        String subpath = (next < 0) ? "" : trimSlashes(tail.substring(next + 1));
        if (at >= 0 || selector.isEmpty()) {
            throw MlrunsException.invalid("model URI '" + uri
                    + "' must be models:/<name>/<version|stage|latest> or models:/<name>@<alias>");
        }
        String name = name(uri, head);
        if (selector.chars().allMatch(Character::isDigit)) {
            if (selector.length() > 9 || Integer.parseInt(selector) < 1) {
                throw MlrunsException.invalid("model URI '" + uri + "' has an invalid version '" + selector + "'");
            }
            return new Registered(uri, name, Selector.VERSION, selector, subpath);
        }
        if (selector.toLowerCase(Locale.ROOT).equals("latest")) {
            return new Registered(uri, name, Selector.LATEST, selector, subpath);
        }
        return new Registered(uri, name, Selector.STAGE, selector, subpath);
    }

    private static String name(String uri, String name) {
        if (name.isEmpty() || name.contains("%") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw MlrunsException.invalid("model URI '" + uri + "' has an invalid model name '" + name + "'");
        }
        return name;
    }

    private static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    /** How a registered-model URI picks its version. */
    enum Selector {

        VERSION, LATEST, STAGE, ALIAS

    }

    /**
     * {@code runs:/<runId>/<artifactPath>}.
     *
     * @param uri the URI as given
     * @param runId the run id
     * @param artifactPath the run-relative artifact path, empty for the artifact root
     */
    record Run(String uri, String runId, String artifactPath) implements ModelUri {
    }

    /**
     * {@code models:/<name>/<version|latest|stage>[/subpath]} or {@code models:/<name>@<alias>[/subpath]}.
     *
     * @param uri the URI as given
     * @param name the registered model name
     * @param selector how the version is chosen
     * @param value the version number, {@code latest}, the stage or the alias
     * @param subpath a path inside the model directory, empty for the model directory itself
     */
    record Registered(String uri, String name, Selector selector, String value, String subpath) implements ModelUri {
    }

}
