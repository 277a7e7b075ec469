package io.hvs.hazard.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds shell commands in README.md's code blocks and splits them into words (backslash line continuations
 * joined; single and double quotes kept together, as a POSIX shell would for these simple commands).
 */
final class ShellCommands {

    private ShellCommands() {
    }

    /** Every command in README.md whose words start with the given prefix, e.g. "kn service update". */
    static List<List<String>> inReadme(String prefix) {
        List<List<String>> commands = new ArrayList<>();
        for (String command : commandLines()) {
            List<String> words = split(command);
            if (String.join(" ", words).startsWith(prefix)) {
                commands.add(words);
            }
        }
        return commands;
    }

    private static List<String> commandLines() {
        List<String> lines;
        try {
            lines = Files.readAllLines(ManifestFiles.ROOT.resolve("README.md"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String> commands = new ArrayList<>();
        boolean inCode = false;
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            // Fences may be indented (code blocks inside list items).
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (!inCode) {
                continue;
            }
            String stripped = line.strip();
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            current.append(stripped);
            commands.add(current.toString().strip());
            current.setLength(0);
        }
        return commands;
    }

    static List<String> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                else {
                    word.append(c);
                }
            }
            else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            }
            else if (c == '#' && !inWord) {
                break;
            }
            else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            }
            else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

}
