package io.hvs.hazard.mlruns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * An MLmodel {@code signature}: each part is the JSON string MLflow stores (or null), so what is
 * read is written back unchanged; the column views parse it.
 *
 * @param inputs the inputs schema as JSON text, or null
 * @param outputs the outputs schema as JSON text, or null
 * @param params the params schema as JSON text, or null
 */
public record ModelSignature(String inputs, String outputs, String params) {

    /** A column-based signature without params, encoded as Python's json.dumps would. */
    public static ModelSignature ofColumns(List<ColumnSpec> inputs, List<ColumnSpec> outputs) {
        return new ModelSignature(PythonJson.write(inputs.stream().map(ColumnSpec::toJsonMap).toList()),
                PythonJson.write(outputs.stream().map(ColumnSpec::toJsonMap).toList()), null);
    }

    /** The input columns in signature order; INVALID_ARGUMENT if the JSON is not a list of specs. */
    public List<ColumnSpec> inputColumns() {
        return parse("inputs", this.inputs);
    }

    public List<ColumnSpec> outputColumns() {
        return parse("outputs", this.outputs);
    }

    /** The input names in signature order (the order serving feeds them); unnamed columns are skipped. */
    public List<String> inputNames() {
        return inputColumns().stream().map(ColumnSpec::name).filter((n) -> n != null).toList();
    }

    private static List<ColumnSpec> parse(String part, String json) {
        if (json == null) {
            return List.of();
        }
        Object parsed;
        try {
            parsed = PythonJson.read(json);
        }
        catch (JsonProcessingException ex) {
            throw MlrunsException.invalid("signature " + part + " is not valid JSON: " + ex.getOriginalMessage());
        }
        if (!(parsed instanceof List<?> list)) {
            throw MlrunsException.invalid("signature " + part + " is not a JSON array");
        }
        List<ColumnSpec> specs = new ArrayList<>();
        for (Object element : list) {
            if (!(element instanceof Map<?, ?> map) || !(map.get("type") instanceof String type)) {
                throw MlrunsException.invalid("signature " + part + " has an element without a type: " + element);
            }
            Object name = map.get("name");
            Object required = map.get("required");
            specs.add(new ColumnSpec((name != null) ? String.valueOf(name) : null, type,
                    !Boolean.FALSE.equals(required)));
        }
        return specs;
    }

}
