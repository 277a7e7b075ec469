package io.hvs.hazard.mlruns;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One column of an MLflow signature. A tensor-based spec reads as type {@code tensor}, required.
 *
 * @param name the column name, or null for an unnamed column
 * @param type the MLflow DataType name ({@code float} is float32, {@code double} float64, ...)
 * @param required whether the column is required (MLflow's default: true)
 */
public record ColumnSpec(String name, String type, boolean required) {

    /** A required named column. */
    public static ColumnSpec required(String name, String type) {
        return new ColumnSpec(name, type, true);
    }

    /** The JSON object in MLflow's key order: type, name, required. */
    Map<String, Object> toJsonMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", this.type);
        if (this.name != null) {
            json.put("name", this.name);
        }
        json.put("required", this.required);
        return json;
    }

}
