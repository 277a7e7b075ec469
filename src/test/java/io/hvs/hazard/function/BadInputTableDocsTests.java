package io.hvs.hazard.function;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Bad input" table is the test table: rendered from {@link BadInputTable} and compared, so the docs
 * cannot drift from what {@link BadInputMatrixIntegrationTests} checks. On a mismatch the rendered table is in
 * {@code target/bad-input-table.md}, ready to paste between the README's markers.
 */
class BadInputTableDocsTests {

    static final String BEGIN = "<!-- bad-input-table:begin (generated from BadInputTable; BadInputTableDocsTests) -->";

    static final String END = "<!-- bad-input-table:end -->";

    @Test
    void theReadmeTableIsTheTestTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String expected = BadInputTable.markdown();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bad-input-table.md"), expected, StandardCharsets.UTF_8);
        assertThat(readme).contains(BEGIN, END);
        String documented = readme.substring(readme.indexOf(BEGIN) + BEGIN.length(), readme.indexOf(END)).strip();
        assertThat(documented).isEqualTo(expected.strip());
    }

    @Test
    void theMatrixCoversEveryModeWithAtLeastFortyDistinctCases() {
        Set<String> names = new HashSet<>();
        Set<BadInputCase.Mode> modes = new HashSet<>();
        for (BadInputCase row : BadInputTable.all()) {
            assertThat(names.add(row.toString())).as("duplicate case %s", row).isTrue();
            assertThat(row.status()).isBetween(400, 499);
            modes.add(row.mode());
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(40);
        assertThat(modes).containsExactlyInAnyOrder(BadInputCase.Mode.values());
    }

}
